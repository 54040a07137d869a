package dev.congkit.feedback;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Liên hệ – góp ý" form ({@code feedback-form}, FEEDBACK-FUNCTION): contact details (at least
 * one), subject, message, an optional image or PDF, the personal-data notice with an unticked
 * consent box, a hidden honeypot, and where complaints and denunciations go instead. It works
 * without JavaScript; {@link FeedbackServlet} renders it with the session's CSRF token, checks what
 * is posted and shows it again with each problem next to its field.
 *
 * <p>Parameters: {@code csrf} (the token), the fields by their posted names to refill the form,
 * {@code kiem-tra=1} to show the problems of those values, {@code loi-tep} (a file problem:
 * {@code size}, {@code type}, {@code broken}, {@code again}), {@code loi=unavailable}, {@code action}
 * (where it posts; the page itself by default), {@code tep-mb} (the file limit shown, 5 by default),
 * {@code luu-ngay} (the retention in days shown, 365 by default), {@code khieu-nai} (the page where
 * complaints are explained, {@code /lich-tiep-cong-dan} by default).
 *
 * <p>Example:
 * <pre>{@code
 * renderer.render(FeedbackFormWidget.ID, RenderContext.of(site).withPath("/lien-he-gop-y")
 *         .withParam("csrf", FeedbackServlet.csrfToken(request)), out);
 * }</pre>
 */
public final class FeedbackFormWidget implements Widget {

    public static final String ID = "feedback-form";
    /** The honeypot's name: hidden from people, filled by robots. */
    public static final String HONEYPOT = "trang-web";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("FEEDBACK-FUNCTION");
    }

    /** It shows what a citizen typed and their session's token: never cached nor shared. */
    @Override
    public boolean cacheable() {
        return false;
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        FeedbackSubmission values = FeedbackSubmission.from(context::param);
        List<FieldProblem> found = "1".equals(context.param("kiem-tra")) ? new ArrayList<>(values.problems()) : new ArrayList<>();
        String fileProblem = context.param("loi-tep");
        int megabytes = number(context.param("tep-mb"), 5);
        if (fileProblem != null && List.of("size", "type", "broken", "again").contains(fileProblem)) {
            found.add(new FieldProblem(FeedbackField.FILE, "feedback.error.file" + Character.toUpperCase(fileProblem.charAt(0))
                    + fileProblem.substring(1), List.of(megabytes)));
        }
        List<Problem> problems = found.stream().map(p -> new Problem(fieldId(p.field()), label(p.field(), labels),
                labels.format(p.key(), p.args().toArray()))).toList();
        String complaints = context.param("khieu-nai");
        return new View(context.param("action") != null ? context.param("action") : context.path(), context.param("csrf"),
                context.isEnglish(), problems, "unavailable".equals(context.param("loi")),
                field(FeedbackField.NAME, "text", "name", values.name(), found, labels, null),
                field(FeedbackField.PHONE, "tel", "tel", values.phone(), found, labels, null),
                field(FeedbackField.EMAIL, "email", "email", values.email(), found, labels, null),
                contactError(found, labels),
                field(FeedbackField.SUBJECT, "text", "off", values.subject(), found, labels, null),
                field(FeedbackField.MESSAGE, null, "off", values.message(), found, labels, labels.get("feedback.messageHint")),
                field(FeedbackField.FILE, "file", null, null, found, labels, labels.format("feedback.fileHint", megabytes)),
                field(FeedbackField.CONSENT, "checkbox", null, null, found, labels, null), values.consent(),
                labels.format("feedback.privacyText", number(context.param("luu-ngay"), 365)),
                complaints != null && complaints.startsWith("/") && !complaints.startsWith("//") ? complaints : "/lich-tiep-cong-dan",
                HONEYPOT);
    }

    /** The {@code id} of a field's control, e.g. {@code ck-fb-dien-thoai}. */
    public static String fieldId(FeedbackField field) {
        return "ck-fb-" + field.param();
    }

    private static int number(String text, int fallback) {
        return text != null && text.matches("[0-9]{1,5}") ? Integer.parseInt(text) : fallback;
    }

    private static String label(FeedbackField field, Labels labels) {
        return labels.get(field == FeedbackField.CONSENT ? "feedback.privacy" : "feedback." + field.name().toLowerCase(Locale.ROOT));
    }

    private static String contactError(List<FieldProblem> problems, Labels labels) {
        return problems.stream().filter(p -> p.key().equals("feedback.error.contact")).findFirst().map(p -> labels.get(p.key())).orElse(null);
    }

    private static Field field(FeedbackField field, String type, String autocomplete, String value, List<FieldProblem> problems, Labels labels, String hint) {
        // the contact rule is told once, at the group, not under the name
        String error = problems.stream().filter(p -> p.field() == field && !p.key().equals("feedback.error.contact"))
                .map(p -> labels.format(p.key(), p.args().toArray())).findFirst().orElse(null);
        String id = fieldId(field);
        List<String> described = new ArrayList<>();
        if (hint != null) {
            described.add(id + "-hint");
        }
        if (error != null) {
            described.add(id + "-error");
        }
        return new Field(id, field.param(), label(field, labels), type, autocomplete, value, hint, error,
                described.isEmpty() ? null : String.join(" ", described));
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <form action="{{action}}" method="post">{{#csrf}}<input type="hidden" name="csrf" value="{{csrf}}">{{/csrf}} ...</form>
     * }</pre>
     */
    public record View(String action, String csrf, boolean english, List<Problem> problems, boolean unavailable, Field name, Field phone,
                       Field email, String contactError, Field subject, Field message, Field file, Field consent, boolean consentGiven,
                       String privacyText, String complaintsPath, String honeypot) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /**
     * A problem in the summary above the form, linking to its field.
     *
     * <p>Example:
     * <pre>{@code
     * {{#problems}}<li><a href="#{{fieldId}}">{{label}}: {{text}}</a></li>{{/problems}}
     * }</pre>
     */
    public record Problem(String fieldId, String label, String text) {
    }

    /**
     * One control: its id and name, label, input type and autocomplete token, value, hint, error and
     * the ids that describe it.
     *
     * <p>Example:
     * <pre>{@code
     * {{#phone}}<input id="{{id}}" name="{{name}}" type="{{type}}" value="{{value}}"{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}>{{/phone}}
     * }</pre>
     */
    public record Field(String id, String name, String label, String type, String autocomplete, String value, String hint, String error,
                        String describedBy) {
    }
}
