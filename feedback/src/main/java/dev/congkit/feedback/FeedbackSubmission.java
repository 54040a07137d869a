package dev.congkit.feedback;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What a citizen typed into the feedback form, cleaned but otherwise kept as typed: NFC, line
 * breaks as {@code \n}, control characters removed (no database stores a NUL), outer spaces
 * trimmed; {@code null} becomes empty. {@link #problems()} says, field by field, what must change
 * before it is taken; a refused form is shown again with these values, so nothing typed is lost.
 *
 * <p>Example:
 * <pre>{@code
 * FeedbackSubmission sent = FeedbackSubmission.from(request::getParameter);
 * if (sent.problems().isEmpty()) {
 *     TrackingCode code = sink.submit(host, sent, null);
 * }
 * }</pre>
 */
public record FeedbackSubmission(String name, String phone, String email, String subject, String message, boolean consent) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]+");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u2028\\u2029]");

    public FeedbackSubmission {
        name = line(name);
        phone = line(phone);
        email = line(email);
        subject = line(subject);
        message = text(message);
    }

    /** The form's fields, read by their posted names ({@link FeedbackField#param()}). */
    public static FeedbackSubmission from(UnaryOperator<String> params) {
        return new FeedbackSubmission(params.apply(FeedbackField.NAME.param()), params.apply(FeedbackField.PHONE.param()),
                params.apply(FeedbackField.EMAIL.param()), params.apply(FeedbackField.SUBJECT.param()),
                params.apply(FeedbackField.MESSAGE.param()), params.apply(FeedbackField.CONSENT.param()) != null);
    }

    /** What must change before the message is taken, in the form's order; empty when it may be sent. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty() && phone.isEmpty() && email.isEmpty()) {
            problems.add(problem(FeedbackField.NAME, "feedback.error.contact"));
        }
        tooLong(problems, FeedbackField.NAME, name);
        if (!phone.isEmpty() && !tooLong(problems, FeedbackField.PHONE, phone)) {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone).matches() || digits < 8 || digits > 15) {
                problems.add(problem(FeedbackField.PHONE, "feedback.error.phone"));
            }
        }
        if (!email.isEmpty() && !tooLong(problems, FeedbackField.EMAIL, email) && !EMAIL.matcher(email).matches()) {
            problems.add(problem(FeedbackField.EMAIL, "feedback.error.email"));
        }
        if (subject.isEmpty()) {
            problems.add(problem(FeedbackField.SUBJECT, "feedback.error.subject"));
        }
        tooLong(problems, FeedbackField.SUBJECT, subject);
        if (message.isEmpty()) {
            problems.add(problem(FeedbackField.MESSAGE, "feedback.error.message"));
        }
        tooLong(problems, FeedbackField.MESSAGE, message);
        if (!consent) {
            problems.add(problem(FeedbackField.CONSENT, "feedback.error.consent"));
        }
        return List.copyOf(problems);
    }

    private static boolean tooLong(List<FieldProblem> problems, FeedbackField field, String value) {
        int length = value.codePointCount(0, value.length());
        if (length > field.maxLength()) {
            problems.add(new FieldProblem(field, "feedback.error.tooLong", List.of(field.maxLength(), length)));
            return true;
        }
        return false;
    }

    private static FieldProblem problem(FeedbackField field, String key) {
        return new FieldProblem(field, key, List.of());
    }

    /** One line: as {@link #text} with line breaks and tabs made spaces. */
    private static String line(String value) {
        return text(value).replaceAll("[\\n\\t]+", " ");
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        return CONTROLS.matcher(text).replaceAll("").strip();
    }
}
