package dev.congkit.servlet.jsp;

/** One tag per widget, as {@code META-INF/congkit.tld} declares them. */
public final class WidgetTags {

    private WidgetTags() {
    }

    public static final class Header extends WidgetTag {
        @Override protected String widgetId() {
            return "header";
        }
    }

    public static final class Menu extends WidgetTag {
        @Override protected String widgetId() {
            return "menu";
        }
    }

    public static final class TopMenu extends WidgetTag {
        @Override protected String widgetId() {
            return "top-menu";
        }
    }

    public static final class Sitemap extends WidgetTag {
        @Override protected String widgetId() {
            return "sitemap";
        }
    }

    public static final class Footer extends WidgetTag {
        @Override protected String widgetId() {
            return "footer";
        }
    }

    public static final class Banners extends WidgetTag {
        @Override protected String widgetId() {
            return "banners";
        }
    }

    public static final class FeedbackBanner extends WidgetTag {
        @Override protected String widgetId() {
            return "feedback-banner";
        }
    }

    public static final class Figure extends WidgetTag {
        @Override protected String widgetId() {
            return "figure";
        }
    }

    public static final class ContactCard extends WidgetTag {
        @Override protected String widgetId() {
            return "contact-card";
        }
    }

    public static final class Directory extends WidgetTag {
        @Override protected String widgetId() {
            return "directory";
        }
    }

    public static final class LeaderSchedule extends WidgetTag {
        @Override protected String widgetId() {
            return "leader-schedule";
        }
    }

    public static final class ReceptionSchedule extends WidgetTag {
        @Override protected String widgetId() {
            return "reception-schedule";
        }
    }
}
