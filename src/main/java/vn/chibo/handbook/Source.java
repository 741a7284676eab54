package vn.chibo.handbook;

/**
 * The document a section rests on. {@code issued} is "YYYY-MM-DD", or "YYYY" where only the year is known;
 * {@code issued}, {@code number} and {@code article} are null where a source has none (a saying).
 * {@code replacedBy} names the document now in force when this one was replaced ("294-QĐ/TW"), else null.
 * {@code outOfForce} marks a document that is not the rule in force although what replaced it is not verified (the
 * 2018 guidance on cell meetings): it is an old rule all the same, named without a successor.
 */
public record Source(String document, String number, String issued, String article, String replacedBy, boolean outOfForce) {

    public boolean replaced() {
        return replacedBy != null;
    }

    /** Whether the document is not the rule in force: replaced, or out of force with its successor unverified. */
    public boolean oldRule() {
        return replaced() || outOfForce;
    }

    /** "Quy định 37-QĐ/TW (25/10/2021), Điều 19", the way a reader looks it up. */
    public String citation() {
        var text = new StringBuilder(document);
        if (number != null && !document.contains(number)) {
            text.append(' ').append(number);
        }
        if (issued != null) {
            text.append(" (").append(issuedShown()).append(')');
        }
        if (article != null) {
            text.append(", ").append(article);
        }
        return text.toString();
    }

    private String issuedShown() {
        if (issued.length() < 10) {
            return issued;
        }
        return issued.substring(8, 10) + "/" + issued.substring(5, 7) + "/" + issued.substring(0, 4);
    }
}
