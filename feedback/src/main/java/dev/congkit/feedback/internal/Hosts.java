package dev.congkit.feedback.internal;

import dev.congkit.core.model.SiteConfig;

import java.net.URI;
import java.util.Locale;

/** The host rows are kept under: the one of the site's {@code agency.baseUrl}, lower case, as the store keys sites. */
public final class Hosts {

    private Hosts() {
    }

    public static String of(SiteConfig site) {
        String host = URI.create(site.agency().baseUrl().value()).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }
}
