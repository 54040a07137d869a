package dev.congkit.feedback;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;

import java.util.List;
import java.util.stream.IntStream;

/**
 * "Thông tin này có hữu ích không?" ({@code rating}, SATISFACTION-RATING): a plain POST form with
 * five radio inputs (1 to 5) and an optional comment, for the end of any page. It asks for nothing
 * personal and sets no cookie, so a cached page may carry it. {@link RatingServlet} takes the post
 * and comes back to the page with {@code da-danh-gia=1} (thanks shown instead of the form) or
 * {@code danh-gia=thieu} (no score chosen).
 *
 * <p>Parameters: {@code action} (where it posts, {@value #ACTION} by default), {@code da-danh-gia},
 * {@code danh-gia}.
 *
 * <p>Example:
 * <pre>{@code
 * renderer.render(RatingWidget.ID, RenderContext.of(site).withPath("/tin-tuc/hoi-nghi"), out);
 * }</pre>
 */
public final class RatingWidget implements Widget {

    public static final String ID = "rating";
    /** Where the form posts unless the {@code action} parameter says otherwise. */
    public static final String ACTION = "/danh-gia";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("SATISFACTION-RATING");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        String action = context.param("action");
        List<Score> scores = IntStream.rangeClosed(1, 5).mapToObj(n -> new Score(n, labels.get("rating.score" + n))).toList();
        return new View(action != null && action.startsWith("/") && !action.startsWith("//") ? action : ACTION, context.path(),
                context.isEnglish(), "1".equals(context.param("da-danh-gia")), "thieu".equals(context.param("danh-gia")), scores);
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <form action="{{action}}" method="post"><input type="hidden" name="trang" value="{{path}}"> ...</form>
     * }</pre>
     */
    public record View(String action, String path, boolean english, boolean done, boolean missing, List<Score> scores) {
    }

    /**
     * One choice: its value and label.
     *
     * <p>Example:
     * <pre>{@code
     * {{#scores}}<input type="radio" name="diem" value="{{value}}" id="ck-rating-{{value}}"><label for="ck-rating-{{value}}">{{label}}</label>{{/scores}}
     * }</pre>
     */
    public record Score(int value, String label) {
    }
}
