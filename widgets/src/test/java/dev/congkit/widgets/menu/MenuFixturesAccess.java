package dev.congkit.widgets.menu;

import dev.congkit.core.model.SiteConfig;

import java.time.Clock;
import java.time.LocalDate;

/** Opens the package's fixtures to the tests of other widget packages. */
public final class MenuFixturesAccess {

    private MenuFixturesAccess() {
    }

    public static SiteConfig directive(Menu menu) {
        return MenuFixtures.directive(menu);
    }

    public static Clock on(LocalDate day) {
        return MenuFixtures.on(day);
    }
}
