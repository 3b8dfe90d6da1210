package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A revised text of the plan no longer has the task: it is withdrawn, with the reason. */
public record WithdrawTask(@TargetAggregateIdentifier TaskId taskId, String reason, Actor actor, Instant at) {
}
