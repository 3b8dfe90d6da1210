package gov.supervision.command.task;

import gov.supervision.command.task.api.AcceptReport;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.AddContribution;
import gov.supervision.command.task.api.Assessment;
import gov.supervision.command.task.api.ContributionAdded;
import gov.supervision.command.task.api.DueKind;
import gov.supervision.command.task.api.FollowUpRoundOpened;
import gov.supervision.command.task.api.FollowUpStarted;
import gov.supervision.command.task.api.FollowUpStopped;
import gov.supervision.command.task.api.OpenFollowUpRound;
import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.RecordOverdue;
import gov.supervision.command.task.api.ReminderSent;
import gov.supervision.command.task.api.ReportAccepted;
import gov.supervision.command.task.api.ReportOverdue;
import gov.supervision.command.task.api.ReportReturned;
import gov.supervision.command.task.api.ReturnReport;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.SendReminder;
import gov.supervision.command.task.api.StartFollowUp;
import gov.supervision.command.task.api.StopFollowUp;
import gov.supervision.command.task.api.Strikes;
import gov.supervision.command.task.api.SubmitProgressReport;
import gov.supervision.command.task.api.Unit;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static gov.supervision.command.task.TaskFixtures.*;

/** The weekly follow-up: rounds, progress reports, cooperating units' contributions and the supervisor's review. */
class FollowUpTest {

    private static final String SCHEDULE = "0 0 9 ? * MON";
    private static final String ZONE = "Asia/Shanghai";
    /** During round 1, before its reports are due. */
    private final Instant at = roundOpenedAt(1).plusSeconds(86_400);

    private FixtureConfiguration<SupervisedTask> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    private SubmitProgressReport report(int round, int percent, String text, List<String> cited,
                                        Actor actor) {
        return new SubmitProgressReport(TASK, round, text, percent, " 资金不足 ", " 开工建设 ",
                Arrays.asList("ledger/2021/33/plan.pdf", " ", null), cited, actor, at);
    }

    private SubmitProgressReport reportBy(Actor actor, int round) {
        return report(round, 30, "完成规划编制", List.of(), actor);
    }

    private ProgressReported reportedAt(String reportId, Unit unit, int round,
                                        Actor actor, List<String> cited) {
        return new ProgressReported(TASK, reportId, unit, round, "完成规划编制", 30, "资金不足", "开工建设",
                List.of("ledger/2021/33/plan.pdf"), cited, actor, at);
    }

    @Nested
    class StartingTheFollowUp {

        @Test
        void theSystemStartsTheFollowUpOfAnAcknowledgedTask() {
            fixture.given(acknowledged())
                    .when(new StartFollowUp(TASK, SCHEDULE, ZONE, SYSTEM, day(1)))
                    .expectEvents(new FollowUpStarted(TASK, SCHEDULE, ZONE, SYSTEM, day(1)));
        }

        @Test
        void aSupervisorMayStartTheFollowUp() {
            fixture.given(acknowledged())
                    .when(new StartFollowUp(TASK, SCHEDULE, ZONE, SUPERVISOR, day(1)))
                    .expectEvents(new FollowUpStarted(TASK, SCHEDULE, ZONE, SUPERVISOR, day(1)));
        }

        @Test
        void aStoppedFollowUpMayBeStartedAgain() {
            fixture.given(acknowledged()).andGiven(followUpStarted(), followUpStopped())
                    .when(new StartFollowUp(TASK, SCHEDULE, ZONE, SUPERVISOR, day(9)))
                    .expectEvents(new FollowUpStarted(TASK, SCHEDULE, ZONE, SUPERVISOR, day(9)));
        }

        @Test
        void rejectsAUnitStartingTheFollowUp() {
            fixture.given(acknowledged())
                    .when(new StartFollowUp(TASK, SCHEDULE, ZONE, FGW_CLERK, day(1)))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a system or supervisor may start the follow-up of " + TASK_33
                            + "; fgw acts as unit")
                    .expectNoEvents();
        }

        @Test
        void rejectsStartingBeforeDispatch() {
            fixture.given(registered())
                    .when(new StartFollowUp(TASK, SCHEDULE, ZONE, SYSTEM, day(1)))
                    .expectException(violationOf(Rule.NOT_DISPATCHED))
                    .expectExceptionMessage(TASK_33 + " is not dispatched yet")
                    .expectNoEvents();
        }

        /** Follow-up started before a unit acknowledged would refuse its late acknowledgement for ever. */
        @Test
        void rejectsStartingBeforeEveryLeadUnitAcknowledged() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new StartFollowUp(TASK, SCHEDULE, ZONE, SUPERVISOR, day(1)))
                    .expectException(violationOf(Rule.NOT_ACKNOWLEDGED))
                    .expectExceptionMessage("市工业和信息化局 has not acknowledged " + TASK_33
                            + " yet: its follow-up starts once every lead unit has acknowledged")
                    .expectNoEvents();
        }

        @Test
        void rejectsStartingTwice() {
            fixture.given(acknowledged()).andGiven(followUpStarted())
                    .when(new StartFollowUp(TASK, SCHEDULE, ZONE, SUPERVISOR, day(1)))
                    .expectException(violationOf(Rule.FOLLOW_UP_ALREADY_STARTED))
                    .expectExceptionMessage(TASK_33 + " is already followed up")
                    .expectNoEvents();
        }
    }

    @Nested
    class StoppingTheFollowUp {

        @Test
        void aSupervisorStopsTheFollowUpWithAReason() {
            fixture.given(registered(), dispatched(), followUpStarted())
                    .when(new StopFollowUp(TASK, " 并入专项督查 ", SUPERVISOR, day(9)))
                    .expectEvents(new FollowUpStopped(TASK, "并入专项督查", SUPERVISOR, day(9)));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void rejectsStoppingWithoutAReason(String reason) {
            fixture.given(registered(), dispatched(), followUpStarted())
                    .when(new StopFollowUp(TASK, reason, SUPERVISOR, day(9)))
                    .expectException(violationOf(Rule.REASON_REQUIRED))
                    .expectExceptionMessage("reason: stopping the follow-up needs a reason")
                    .expectNoEvents();
        }

        @Test
        void rejectsStoppingAFollowUpNotStarted() {
            fixture.given(registered(), dispatched())
                    .when(new StopFollowUp(TASK, "并入专项督查", SUPERVISOR, day(9)))
                    .expectException(violationOf(Rule.FOLLOW_UP_NOT_STARTED))
                    .expectExceptionMessage(TASK_33 + " is not followed up")
                    .expectNoEvents();
        }

        @Test
        void rejectsStoppingTwice() {
            fixture.given(registered(), dispatched(), followUpStarted(), followUpStopped())
                    .when(new StopFollowUp(TASK, "并入专项督查", SUPERVISOR, day(9)))
                    .expectException(violationOf(Rule.FOLLOW_UP_NOT_STARTED))
                    .expectNoEvents();
        }

        @Test
        void rejectsTheSystemStoppingTheFollowUp() {
            fixture.given(registered(), dispatched(), followUpStarted())
                    .when(new StopFollowUp(TASK, "并入专项督查", SYSTEM, day(9)))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may stop the follow-up of " + TASK_33
                            + "; system acts as system")
                    .expectNoEvents();
        }
    }

    @Nested
    class OpeningARound {

        @Test
        void opensTheFirstRoundForEveryLeadUnitAndAnswersItsNumber() {
            fixture.given(registered(), dispatched(), followUpStarted())
                    .when(new OpenFollowUpRound(TASK, roundDue(1), SYSTEM, roundOpenedAt(1)))
                    .expectEvents(new FollowUpRoundOpened(TASK, 1, roundDue(1), List.of(FGW, GXJ), SYSTEM,
                            roundOpenedAt(1)))
                    .expectResultMessagePayload(1);
        }

        @Test
        void answersTheSecondRoundsNumber() {
            fixture.given(inRound(1))
                    .when(new OpenFollowUpRound(TASK, roundDue(2), SYSTEM, roundOpenedAt(2)))
                    .expectEvents(new FollowUpRoundOpened(TASK, 2, roundDue(2), List.of(FGW, GXJ), SYSTEM,
                            roundOpenedAt(2)))
                    .expectResultMessagePayload(2);
        }

        @Test
        void numbersRoundsOneTwoThree() {
            fixture.given(inRound(2))
                    .when(new OpenFollowUpRound(TASK, roundDue(3), SYSTEM, roundOpenedAt(3)))
                    .expectEvents(new FollowUpRoundOpened(TASK, 3, roundDue(3), List.of(FGW, GXJ), SYSTEM,
                            roundOpenedAt(3)))
                    .expectResultMessagePayload(3);
        }

        @Test
        void aRoundOpensAReportDueForEachLeadUnit() {
            fixture.given(inRound(1))
                    .when(new SendReminder(TASK, "report/1/fgw", SYSTEM, roundDue(1).minusSeconds(3600)))
                    .expectEvents(new ReminderSent(TASK, FGW, DueKind.REPORT, "report/1/fgw", roundDue(1), SYSTEM,
                            roundDue(1).minusSeconds(3600)));
        }

        @Test
        void rejectsARoundBeforeTheFollowUpStarted() {
            fixture.given(registered(), dispatched())
                    .when(new OpenFollowUpRound(TASK, roundDue(1), SYSTEM, roundOpenedAt(1)))
                    .expectException(violationOf(Rule.FOLLOW_UP_NOT_STARTED))
                    .expectExceptionMessage(TASK_33 + " is not followed up")
                    .expectNoEvents();
        }

        @Test
        void rejectsARoundAfterTheFollowUpStopped() {
            fixture.given(registered(), dispatched(), followUpStarted(), followUpStopped())
                    .when(new OpenFollowUpRound(TASK, roundDue(1), SYSTEM, roundOpenedAt(1)))
                    .expectException(violationOf(Rule.FOLLOW_UP_NOT_STARTED))
                    .expectNoEvents();
        }

        @Test
        void rejectsADueTimeNotInTheFuture() {
            fixture.given(registered(), dispatched(), followUpStarted())
                    .when(new OpenFollowUpRound(TASK, roundOpenedAt(1), SYSTEM, roundOpenedAt(1).plusMillis(1500)))
                    .expectException(violationOf(Rule.INVALID_DUE_TIME))
                    .expectExceptionMessage("dueAt: must be after 2021-02-22T01:00:01Z, was 2021-02-22T01:00:00Z")
                    .expectNoEvents();
        }

        @Test
        void rejectsARoundWithoutDueTime() {
            fixture.given(registered(), dispatched(), followUpStarted())
                    .when(new OpenFollowUpRound(TASK, null, SYSTEM, roundOpenedAt(1)))
                    .expectException(violationOf(Rule.INVALID_DUE_TIME))
                    .expectExceptionMessage("dueAt: must be after 2021-02-22T01:00:00Z, was null")
                    .expectNoEvents();
        }

        @Test
        void rejectsARoundOpenedByASupervisor() {
            fixture.given(registered(), dispatched(), followUpStarted())
                    .when(new OpenFollowUpRound(TASK, roundDue(1), SUPERVISOR, roundOpenedAt(1)))
                    .expectException(violationOf(Rule.ONLY_SYSTEM))
                    .expectExceptionMessage("only a system may open a round of " + TASK_33
                            + "; supervisor acts as supervisor")
                    .expectNoEvents();
        }
    }

    @Nested
    class Reporting {

        @Test
        void anAcknowledgedLeadUnitReportsForTheOpenRoundAndGetsTheReportId() {
            fixture.given(inRound(1))
                    .when(report(1, 30, " 完成规划编制 ", null, FGW_CLERK))
                    .expectEvents(reportedAt("1/fgw/1", FGW, 1, FGW_CLERK, List.of()))
                    .expectResultMessagePayload("1/fgw/1");
        }

        @Test
        void eachLeadUnitReportsUnderItsOwnId() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(reportBy(GXJ_CLERK, 1))
                    .expectEvents(reportedAt("1/gxj/1", GXJ, 1, GXJ_CLERK, List.of()))
                    .expectResultMessagePayload("1/gxj/1");
        }

        @Test
        void reportsForALaterRound() {
            fixture.given(inRound(2))
                    .when(reportBy(FGW_CLERK, 2))
                    .expectEvents(reportedAt("2/fgw/1", FGW, 2, FGW_CLERK, List.of()))
                    .expectResultMessagePayload("2/fgw/1");
        }

        @Test
        void citesTheContributionsOfCooperatingUnits() {
            fixture.given(inRound(1))
                    .andGiven(contributionAdded("C1"), contributionAdded("C2"))
                    .when(report(1, 30, "完成规划编制", List.of("C2", " C1 "), FGW_CLERK))
                    .expectEvents(reportedAt("1/fgw/1", FGW, 1, FGW_CLERK, List.of("C2", "C1")))
                    .expectResultMessagePayload("1/fgw/1");
        }

        @Test
        void aReturnedReportIsResubmittedAsAttemptTwo() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1), returned(FGW, 1, roundDue(1).plusSeconds(86_400)))
                    .when(reportBy(FGW_CLERK, 1))
                    .expectEvents(reportedAt("1/fgw/2", FGW, 1, FGW_CLERK, List.of()))
                    .expectResultMessagePayload("1/fgw/2");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 100})
        void acceptsZeroAndAHundredPercent(int percent) {
            fixture.given(inRound(1))
                    .when(report(1, percent, "完成规划编制", List.of(), FGW_CLERK))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload("1/fgw/1");
        }

        @Test
        void rejectsAReportBeforeAcknowledgement() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK), followUpStarted(),
                            roundOpened(1))
                    .when(reportBy(GXJ_CLERK, 1))
                    .expectException(violationOf(Rule.NOT_ACKNOWLEDGED))
                    .expectExceptionMessage(
                            "市工业和信息化局 must acknowledge task 33 of plan 聊政发〔2021〕1号 before it reports progress")
                    .expectNoEvents();
        }

        @Test
        void rejectsAReportFromAUnitThatIsNotALeadUnit() {
            fixture.given(inRound(1))
                    .when(reportBy(COUNTY_CLERK, 1))
                    .expectException(violationOf(Rule.NOT_A_LEAD_UNIT))
                    .expectExceptionMessage("unit gxsq is not a lead unit of " + TASK_33
                            + ", so it cannot report progress on it")
                    .expectNoEvents();
        }

        @Test
        void rejectsAReportBySupervisor() {
            fixture.given(inRound(1))
                    .when(reportBy(SUPERVISOR, 1))
                    .expectException(violationOf(Rule.NOT_A_LEAD_UNIT))
                    .expectExceptionMessage("only a unit may report progress on " + TASK_33
                            + "; supervisor acts as supervisor")
                    .expectNoEvents();
        }

        @Test
        void rejectsAReportWhenNoRoundIsOpen() {
            fixture.given(acknowledged())
                    .andGiven(followUpStarted())
                    .when(reportBy(FGW_CLERK, 1))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectExceptionMessage("市发展改革委 owes no report for round 1 of " + TASK_33)
                    .expectNoEvents();
        }

        @Test
        void rejectsAReportForARoundNotYetOpened() {
            fixture.given(inRound(1))
                    .when(reportBy(FGW_CLERK, 2))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectExceptionMessage("市发展改革委 owes no report for round 2 of " + TASK_33)
                    .expectNoEvents();
        }

        @Test
        void rejectsASecondReportForTheSameRound() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(reportBy(FGW_CLERK, 1))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectExceptionMessage("市发展改革委 owes no report for round 1 of " + TASK_33)
                    .expectNoEvents();
        }

        @Test
        void rejectsAReportOnceItWasRecordedOverdue() {
            fixture.given(inRound(1))
                    .andGiven(reportOverdue(FGW, 1))
                    .when(reportBy(FGW_CLERK, 1))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void rejectsAReportWithoutText(String text) {
            fixture.given(inRound(1))
                    .when(report(1, 10, text, List.of(), FGW_CLERK))
                    .expectException(violationOf(Rule.INVALID_REPORT))
                    .expectExceptionMessage("text: a progress report must say what was done")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 101})
        void rejectsAPercentOutsideZeroToHundred(int percent) {
            fixture.given(inRound(1))
                    .when(report(1, percent, "完成", List.of(), FGW_CLERK))
                    .expectException(violationOf(Rule.INVALID_REPORT))
                    .expectExceptionMessage("percentComplete: must be between 0 and 100, was " + percent)
                    .expectNoEvents();
        }

        @Test
        void rejectsCitingAContributionThatDoesNotExist() {
            fixture.given(inRound(1))
                    .andGiven(contributionAdded("C1"))
                    .when(report(1, 30, "完成规划编制", List.of("C1", "C9"), FGW_CLERK))
                    .expectException(violationOf(Rule.NO_SUCH_CONTRIBUTION))
                    .expectExceptionMessage("citedContributions: C9 is not a contribution to " + TASK_33)
                    .expectNoEvents();
        }
    }

    @Nested
    class Contributing {

        @Test
        void aCooperatingUnitAddsAContributionAndGetsItsId() {
            fixture.given(registered(), dispatched())
                    .when(new AddContribution(TASK, " 各县区完成项目摸底 ", Arrays.asList("x.pdf", ""), COUNTY_CLERK,
                            day(2)))
                    .expectEvents(new ContributionAdded(TASK, "C1", COUNTIES, null, "各县区完成项目摸底",
                            List.of("x.pdf"), COUNTY_CLERK, day(2)))
                    .expectResultMessagePayload("C1");
        }

        @Test
        void contributionsAreNumberedInOrderAndBelongToTheCurrentRound() {
            fixture.given(inRound(2))
                    .andGiven(contributionAdded("C1"))
                    .when(new AddContribution(TASK, "完成征地", null, COUNTY_CLERK, at))
                    .expectEvents(new ContributionAdded(TASK, "C2", COUNTIES, 2, "完成征地", List.of(), COUNTY_CLERK,
                            at))
                    .expectResultMessagePayload("C2");
        }

        @Test
        void rejectsAContributionFromALeadUnit() {
            fixture.given(registered(), dispatched())
                    .when(new AddContribution(TASK, "完成征地", List.of(), FGW_CLERK, at))
                    .expectException(violationOf(Rule.NOT_A_COOPERATING_UNIT))
                    .expectExceptionMessage("unit fgw is not a cooperating unit of " + TASK_33)
                    .expectNoEvents();
        }

        @Test
        void rejectsAContributionFromASupervisor() {
            fixture.given(registered(), dispatched())
                    .when(new AddContribution(TASK, "完成征地", List.of(), SUPERVISOR, at))
                    .expectException(violationOf(Rule.NOT_A_COOPERATING_UNIT))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void rejectsAContributionWithoutText(String text) {
            fixture.given(registered(), dispatched())
                    .when(new AddContribution(TASK, text, List.of(), COUNTY_CLERK, at))
                    .expectException(violationOf(Rule.INVALID_REPORT))
                    .expectExceptionMessage("text: a contribution must say what was done")
                    .expectNoEvents();
        }
    }

    @Nested
    class AcceptingAReport {

        @ParameterizedTest
        @CsvSource({"ON_TRACK, 0", "SLOW, 1", "INEFFECTIVE, 1"})
        void slowAndIneffectiveProgressCountAsStrikesAndOnTrackDoesNot(Assessment assessment, int strikes) {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(new AcceptReport(TASK, "1/fgw/1", assessment, SUPERVISOR, at))
                    .expectEvents(new ReportAccepted(TASK, "1/fgw/1", FGW, 1, assessment, SUPERVISOR, at))
                    .expectResultMessagePayload(new Strikes(strikes, strikes));
        }

        @Test
        void strikesAddUpOverRoundsAndUnits() {
            fixture.given(inRound(2))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1), accepted(FGW, 1, Assessment.SLOW),
                            reported(GXJ, GXJ_CLERK, 1, 1), accepted(GXJ, 1, Assessment.INEFFECTIVE),
                            reported(FGW, FGW_CLERK, 2, 1))
                    .when(new AcceptReport(TASK, "2/fgw/1", Assessment.INEFFECTIVE, SUPERVISOR, at))
                    .expectResultMessagePayload(new Strikes(2, 3));
        }

        @Test
        void anOnTrackReportLeavesTheStrikesAsTheyWere() {
            fixture.given(inRound(2))
                    .andGiven(reportOverdue(FGW, 1), reportOverdue(GXJ, 1), reported(FGW, FGW_CLERK, 2, 1))
                    .when(new AcceptReport(TASK, "2/fgw/1", Assessment.ON_TRACK, SUPERVISOR, at))
                    .expectResultMessagePayload(new Strikes(1, 2));
        }

        @Test
        void rejectsAcceptingByAUnit() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(new AcceptReport(TASK, "1/fgw/1", Assessment.ON_TRACK, FGW_CLERK, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may accept a report on " + TASK_33
                            + "; fgw acts as unit")
                    .expectNoEvents();
        }

        @Test
        void rejectsAcceptingAReportThatDoesNotExist() {
            fixture.given(inRound(1))
                    .when(new AcceptReport(TASK, "1/fgw/1", Assessment.ON_TRACK, SUPERVISOR, at))
                    .expectException(violationOf(Rule.NO_SUCH_REPORT))
                    .expectExceptionMessage(TASK_33 + " has no report 1/fgw/1")
                    .expectNoEvents();
        }

        @Test
        void rejectsReviewingAReportTwice() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1), accepted(FGW, 1, Assessment.ON_TRACK))
                    .when(new AcceptReport(TASK, "1/fgw/1", Assessment.SLOW, SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_REVIEWED))
                    .expectExceptionMessage("report 1/fgw/1 of " + TASK_33 + " is already reviewed")
                    .expectNoEvents();
        }

        @Test
        void rejectsAcceptingAReturnedReport() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1), returned(FGW, 1, roundDue(1).plusSeconds(86_400)))
                    .when(new AcceptReport(TASK, "1/fgw/1", Assessment.ON_TRACK, SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_REVIEWED))
                    .expectNoEvents();
        }

        @Test
        void rejectsAcceptingWithoutAssessment() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(new AcceptReport(TASK, "1/fgw/1", null, SUPERVISOR, at))
                    .expectException(violationOf(Rule.INVALID_REPORT))
                    .expectExceptionMessage(
                            "assessment: accepting a report needs an assessment (ON_TRACK, SLOW or INEFFECTIVE)")
                    .expectNoEvents();
        }
    }

    @Nested
    class ReturningAReport {

        private final Instant resubmitDue = roundDue(1).plusSeconds(86_400);

        @Test
        void aSupervisorReturnsAReportWithAReasonAndAResubmitDueTime() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(new ReturnReport(TASK, "1/fgw/1", " 缺少佐证材料 ", resubmitDue, SUPERVISOR, at))
                    .expectEvents(new ReportReturned(TASK, "1/fgw/1", FGW, 1, "缺少佐证材料", resubmitDue, SUPERVISOR,
                            at));
        }

        @Test
        void returningReopensTheReportDueAtTheResubmitTime() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1), returned(FGW, 1, resubmitDue))
                    .when(new RecordOverdue(TASK, "report/1/fgw", SYSTEM, resubmitDue))
                    .expectEvents(new ReportOverdue(TASK, FGW, 1, "report/1/fgw", resubmitDue, SYSTEM, resubmitDue))
                    .expectResultMessagePayload(new Strikes(1, 1));
        }

        @Test
        void theReopenedDueIsNotLapsedAtTheRoundsOwnDueTime() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1), returned(FGW, 1, resubmitDue))
                    .when(new RecordOverdue(TASK, "report/1/fgw", SYSTEM, roundDue(1)))
                    .expectException(violationOf(Rule.NOT_YET_DUE))
                    .expectExceptionMessage("report/1/fgw on " + TASK_33 + " is not due until " + resubmitDue)
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void rejectsReturningWithoutAReason(String reason) {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(new ReturnReport(TASK, "1/fgw/1", reason, resubmitDue, SUPERVISOR, at))
                    .expectException(violationOf(Rule.REASON_REQUIRED))
                    .expectExceptionMessage("reason: returning a report needs a reason")
                    .expectNoEvents();
        }

        @Test
        void rejectsAResubmitDueTimeNotInTheFuture() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(new ReturnReport(TASK, "1/fgw/1", "缺少佐证材料", at.minusSeconds(1), SUPERVISOR, at))
                    .expectException(violationOf(Rule.INVALID_DUE_TIME))
                    .expectExceptionMessage("resubmitDueAt: must be after " + at + ", was " + at.minusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void rejectsReturningAnAcceptedReport() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1), accepted(FGW, 1, Assessment.ON_TRACK))
                    .when(new ReturnReport(TASK, "1/fgw/1", "缺少佐证材料", resubmitDue, SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_REVIEWED))
                    .expectExceptionMessage("report 1/fgw/1 of " + TASK_33 + " is already reviewed")
                    .expectNoEvents();
        }

        @Test
        void rejectsReturningAReportThatDoesNotExist() {
            fixture.given(inRound(1))
                    .when(new ReturnReport(TASK, "1/gxj/1", "缺少佐证材料", resubmitDue, SUPERVISOR, at))
                    .expectException(violationOf(Rule.NO_SUCH_REPORT))
                    .expectExceptionMessage(TASK_33 + " has no report 1/gxj/1")
                    .expectNoEvents();
        }

        @Test
        void rejectsReturningByAUnit() {
            fixture.given(inRound(1))
                    .andGiven(reported(FGW, FGW_CLERK, 1, 1))
                    .when(new ReturnReport(TASK, "1/fgw/1", "缺少佐证材料", resubmitDue, GXJ_CLERK, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may return a report on " + TASK_33
                            + "; gxj acts as unit")
                    .expectNoEvents();
        }
    }
}
