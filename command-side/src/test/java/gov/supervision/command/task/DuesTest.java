package gov.supervision.command.task;

import gov.supervision.command.task.api.AcknowledgementOverdue;
import gov.supervision.command.task.api.DueKind;
import gov.supervision.command.task.api.RecordOverdue;
import gov.supervision.command.task.api.RectificationMissed;
import gov.supervision.command.task.api.ReminderSent;
import gov.supervision.command.task.api.ReportOverdue;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.SendReminder;
import gov.supervision.command.task.api.Strikes;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static gov.supervision.command.task.TaskFixtures.*;

/** What units owe by a due time: reminders before, and a strike when the time passes with nothing in. */
class DuesTest {

    private FixtureConfiguration<SupervisedTask> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Nested
    class Reminding {

        @Test
        void remindsAUnitOfItsAcknowledgement() {
            fixture.given(registered(), dispatched())
                    .when(new SendReminder(TASK, "ack/fgw", SYSTEM, day(2)))
                    .expectEvents(new ReminderSent(TASK, FGW, DueKind.ACKNOWLEDGEMENT, "ack/fgw", ACK_DUE, SYSTEM,
                            day(2)));
        }

        @Test
        void remindsAUnitOfItsReport() {
            fixture.given(inRound(1))
                    .when(new SendReminder(TASK, "report/1/gxj", SYSTEM, day(6)))
                    .expectEvents(new ReminderSent(TASK, GXJ, DueKind.REPORT, "report/1/gxj", roundDue(1), SYSTEM,
                            day(6)));
        }

        @Test
        void remindsAUnitOfItsRectification() {
            fixture.given(rectificationOrdered())
                    .when(new SendReminder(TASK, "rect/E1", SYSTEM, day(20)))
                    .expectEvents(new ReminderSent(TASK, FGW, DueKind.RECTIFICATION, "rect/E1", RECTIFICATION_DUE,
                            SYSTEM, day(20)));
        }

        @Test
        void aMetDueIsNotRemindedOf() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new SendReminder(TASK, "ack/fgw", SYSTEM, day(2)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aMetReportIsNotRemindedOf() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(new SendReminder(TASK, "report/1/fgw", SYSTEM, day(6)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aMissedDueIsNotRemindedOf() {
            fixture.given(registered(), dispatched(), acknowledgementOverdue(FGW))
                    .when(new SendReminder(TASK, "ack/fgw", SYSTEM, day(4)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aDueNeverSetIsNotRemindedOf() {
            fixture.given(registered(), dispatched())
                    .when(new SendReminder(TASK, "report/1/fgw", SYSTEM, day(2)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAReminderFromAnyoneButTheSystem() {
            fixture.given(registered(), dispatched())
                    .when(new SendReminder(TASK, "ack/fgw", SUPERVISOR, day(2)))
                    .expectException(violationOf(Rule.ONLY_SYSTEM))
                    .expectExceptionMessage("only a system may send reminders on " + TASK_33
                            + "; supervisor acts as supervisor")
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordingALapse {

        @Test
        void recordsAMissedAcknowledgementAndAnswersTheStrikes() {
            fixture.given(registered(), dispatched())
                    .when(new RecordOverdue(TASK, "ack/fgw", SYSTEM, ACK_DUE.plusSeconds(1)))
                    .expectEvents(new AcknowledgementOverdue(TASK, FGW, "ack/fgw", ACK_DUE, SYSTEM,
                            ACK_DUE.plusSeconds(1)))
                    .expectResultMessagePayload(new Strikes(1, 1));
        }

        @Test
        void recordsALapseExactlyAtTheDueTime() {
            fixture.given(registered(), dispatched())
                    .when(new RecordOverdue(TASK, "ack/gxj", SYSTEM, ACK_DUE))
                    .expectEvents(new AcknowledgementOverdue(TASK, GXJ, "ack/gxj", ACK_DUE, SYSTEM, ACK_DUE))
                    .expectResultMessagePayload(new Strikes(1, 1));
        }

        @Test
        void recordsAMissedReport() {
            fixture.given(inRound(1))
                    .when(new RecordOverdue(TASK, "report/1/fgw", SYSTEM, roundDue(1)))
                    .expectEvents(new ReportOverdue(TASK, FGW, 1, "report/1/fgw", roundDue(1), SYSTEM, roundDue(1)))
                    .expectResultMessagePayload(new Strikes(1, 1));
        }

        @Test
        void recordsAMissedReportOfALaterRound() {
            fixture.given(inRound(3))
                    .when(new RecordOverdue(TASK, "report/3/gxj", SYSTEM, roundDue(3)))
                    .expectEvents(new ReportOverdue(TASK, GXJ, 3, "report/3/gxj", roundDue(3), SYSTEM, roundDue(3)))
                    .expectResultMessagePayload(new Strikes(1, 1));
        }

        @Test
        void recordsAMissedRectification() {
            fixture.given(rectificationOrdered())
                    .when(new RecordOverdue(TASK, "rect/E1", SYSTEM, RECTIFICATION_DUE))
                    .expectEvents(new RectificationMissed(TASK, "E1", FGW, "rect/E1", RECTIFICATION_DUE, SYSTEM,
                            RECTIFICATION_DUE))
                    .expectResultMessagePayload(new Strikes(2, 2));
        }

        @Test
        void countsTheUnitsStrikesAndTheTasksStrikesFromTheEvents() {
            fixture.given(inRound(2))
                    .andGiven(reportOverdue(GXJ, 1), reportOverdue(FGW, 1))
                    .when(new RecordOverdue(TASK, "report/2/fgw", SYSTEM, roundDue(2)))
                    .expectEvents(new ReportOverdue(TASK, FGW, 2, "report/2/fgw", roundDue(2), SYSTEM, roundDue(2)))
                    .expectResultMessagePayload(new Strikes(2, 3));
        }

        @Test
        void rejectsALapseRecordedTwice() {
            fixture.given(registered(), dispatched(), acknowledgementOverdue(FGW))
                    .when(new RecordOverdue(TASK, "ack/fgw", SYSTEM, day(4)))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectExceptionMessage("nothing is due under ack/fgw on " + TASK_33
                            + " (it was met, missed or never set)")
                    .expectNoEvents();
        }

        @Test
        void rejectsALapseOfAMetDue() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(new RecordOverdue(TASK, "report/1/fgw", SYSTEM, roundDue(1)))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectExceptionMessage("nothing is due under report/1/fgw on " + TASK_33
                            + " (it was met, missed or never set)")
                    .expectNoEvents();
        }

        @Test
        void rejectsALapseOfADueNeverSet() {
            fixture.given(registered(), dispatched())
                    .when(new RecordOverdue(TASK, "rect/E1", SYSTEM, day(30)))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectExceptionMessage("nothing is due under rect/E1 on " + TASK_33
                            + " (it was met, missed or never set)")
                    .expectNoEvents();
        }

        @Test
        void rejectsALapseBeforeTheDueTime() {
            fixture.given(registered(), dispatched())
                    .when(new RecordOverdue(TASK, "ack/fgw", SYSTEM, ACK_DUE.minusSeconds(1)))
                    .expectException(violationOf(Rule.NOT_YET_DUE))
                    .expectExceptionMessage("ack/fgw on " + TASK_33 + " is not due until 2021-02-23T01:00:00Z")
                    .expectNoEvents();
        }

        @Test
        void rejectsALapseRecordedByASupervisor() {
            fixture.given(registered(), dispatched())
                    .when(new RecordOverdue(TASK, "ack/fgw", SUPERVISOR, ACK_DUE))
                    .expectException(violationOf(Rule.ONLY_SYSTEM))
                    .expectExceptionMessage("only a system may record a lapse on " + TASK_33
                            + "; supervisor acts as supervisor")
                    .expectNoEvents();
        }
    }
}
