package gov.supervision.process;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The engine's clock (Camunda's): every command carries its time, whether a process step or the REST API sends it,
 * so the events, the due times and the timers agree, and tests that move the engine's clock move them all.
 */
public final class ProcessClock extends Clock {

    public static final ProcessClock INSTANCE = new ProcessClock();

    private ProcessClock() {
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return now();
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Object date) {
        return date == null ? null : ((Date) date).toInstant();
    }
}
