package gov.supervision.command.task;

import gov.supervision.command.task.api.RescheduleDue;
import gov.supervision.command.task.api.Rule;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static gov.supervision.command.task.TaskFixtures.*;

/**
 * A step waiting on a due re-arms its timers at the due time the record holds: moved by a granted extension and by
 * nothing else, whatever the process was handed.
 */
class RescheduleDueTest {

    private FixtureConfiguration<SupervisedTask> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void answersTheDueTimeAGrantedExtensionSetAndRecordsNothing() {
        fixture.given(registered(), dispatched(), extensionRequested("X1", FGW, "ack/fgw", ACK_DUE, day(5)),
                        extensionGranted("X1", FGW, "ack/fgw", ACK_DUE, day(5)))
                .when(new RescheduleDue(TASK, "ack/fgw", SYSTEM, day(2)))
                .expectNoEvents()
                .expectResultMessagePayload(day(5));
    }

    @Test
    void withoutAGrantTheDueTimeStaysWhereDispatchSetIt() {
        fixture.given(registered(), dispatched(), extensionRequested("X1", FGW, "ack/fgw", ACK_DUE, day(5)))
                .when(new RescheduleDue(TASK, "ack/fgw", SYSTEM, day(2)))
                .expectNoEvents()
                .expectResultMessagePayload(ACK_DUE);
    }

    @Test
    void refusesADueThatIsNotOpen() {
        fixture.given(acknowledged())
                .when(new RescheduleDue(TASK, "ack/fgw", SYSTEM, day(2)))
                .expectException(violationOf(Rule.NO_SUCH_DUE))
                .expectNoEvents();
    }

    @Test
    void onlyTheSystemReschedules() {
        fixture.given(registered(), dispatched())
                .when(new RescheduleDue(TASK, "ack/fgw", FGW_CLERK, day(2)))
                .expectException(violationOf(Rule.ONLY_SYSTEM))
                .expectNoEvents();
    }
}
