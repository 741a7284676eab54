package vn.chibo.support;

/** Gives a cell the commonest rule, the first Saturday at 19:30, and answers its next meeting (05/12/2026). */
public final class FirstSaturday {

    public static final String RULE = """
            {"kind":"NTH_WEEKDAY","week":1,"weekday":"SATURDAY","time":"19:30","place":"Nhà văn hóa tổ 3"}""";

    private FirstSaturday() {
    }

    public static long nextMeeting(RunningApp app, long cellId) {
        app.send("PUT", "/api/admin/cells/" + cellId + "/schedule", "application/json", RULE);
        return app.adminGet("/api/admin/cells/" + cellId + "/meetings").json().get(0).get("id").asLong();
    }
}
