package dev.congkit.servlet.jsp;

/**
 * One tag per widget, as {@code META-INF/congkit.tld} declares them.
 *
 * <p>Example:
 * <pre>{@code
 * <%@ taglib prefix="ck" uri="https://congkit.dev/tags" %>
 * <ck:header/> <ck:top-menu/> <ck:menu/> ... <ck:footer/>
 * }</pre>
 */
public final class WidgetTags {

    private WidgetTags() {
    }

    /**
     * {@code <ck:header/>}: the header widget.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:header/>
     * }</pre>
     */
    public static final class Header extends WidgetTag {
        @Override protected String widgetId() {
            return "header";
        }
    }

    /**
     * {@code <ck:menu/>}: the main menu, the current page taken from the request.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:menu/>
     * }</pre>
     */
    public static final class Menu extends WidgetTag {
        @Override protected String widgetId() {
            return "menu";
        }
    }

    /**
     * {@code <ck:top-menu/>}: the top menu.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:top-menu lang="en"/>
     * }</pre>
     */
    public static final class TopMenu extends WidgetTag {
        @Override protected String widgetId() {
            return "top-menu";
        }
    }

    /**
     * {@code <ck:sitemap/>}: the sitemap page's tree.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:sitemap/>
     * }</pre>
     */
    public static final class Sitemap extends WidgetTag {
        @Override protected String widgetId() {
            return "sitemap";
        }
    }

    /**
     * {@code <ck:footer/>}: the responsibility footer.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:footer/>
     * }</pre>
     */
    public static final class Footer extends WidgetTag {
        @Override protected String widgetId() {
            return "footer";
        }
    }

    /**
     * {@code <ck:banners/>}: the banners of one slot shown today.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:banners slot="left"/>
     * }</pre>
     */
    public static final class Banners extends WidgetTag {
        @Override protected String widgetId() {
            return "banners";
        }
    }

    /**
     * {@code <ck:feedback-banner/>}: the feedback-system banner.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:feedback-banner/>
     * }</pre>
     */
    public static final class FeedbackBanner extends WidgetTag {
        @Override protected String widgetId() {
            return "feedback-banner";
        }
    }

    /**
     * {@code <ck:figure/>}: a captioned image.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:figure src="/uploads/hoi-nghi.jpg" alt="Chủ tịch UBND xã phát biểu" caption="Hội nghị chuyển đổi số"/>
     * }</pre>
     */
    public static final class Figure extends WidgetTag {
        @Override protected String widgetId() {
            return "figure";
        }
    }

    /**
     * {@code <ck:contact-card/>}: one official's card, or the agency's without {@code official}.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:contact-card official="nguyen-van-thanh"/>
     * }</pre>
     */
    public static final class ContactCard extends WidgetTag {
        @Override protected String widgetId() {
            return "contact-card";
        }
    }

    /**
     * {@code <ck:directory/>}: the officials' directory.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:directory/>
     * }</pre>
     */
    public static final class Directory extends WidgetTag {
        @Override protected String widgetId() {
            return "directory";
        }
    }

    /**
     * {@code <ck:leader-schedule/>}: the leaders' weekly work schedule.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:leader-schedule tuan="${param.tuan}" lanh-dao="${param['lanh-dao']}"/>
     * }</pre>
     */
    public static final class LeaderSchedule extends WidgetTag {
        @Override protected String widgetId() {
            return "leader-schedule";
        }
    }

    /**
     * {@code <ck:reception-schedule/>}: the citizen reception schedule.
     *
     * <p>Example:
     * <pre>{@code
     * <ck:reception-schedule/>
     * }</pre>
     */
    public static final class ReceptionSchedule extends WidgetTag {
        @Override protected String widgetId() {
            return "reception-schedule";
        }
    }
}
