package gov.supervision.command.task.api;

/** Names what a unit owes by a due time, so an extension or a reminder can point at it. */
public final class DueIds {

    private DueIds() {
    }

    public static String acknowledgement(String unitId) {
        return "ack/" + unitId;
    }

    public static String report(int round, String unitId) {
        return "report/" + round + "/" + unitId;
    }

    public static String rectification(String escalationId) {
        return "rect/" + escalationId;
    }

    /** What kind of due an id names. */
    public static DueKind kindOf(String dueId) {
        if (dueId.startsWith("ack/")) {
            return DueKind.ACKNOWLEDGEMENT;
        }
        if (dueId.startsWith("report/")) {
            return DueKind.REPORT;
        }
        if (dueId.startsWith("rect/")) {
            return DueKind.RECTIFICATION;
        }
        throw new IllegalArgumentException("not a due id: " + dueId);
    }
}
