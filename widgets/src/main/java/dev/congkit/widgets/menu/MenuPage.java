package dev.congkit.widgets.menu;

/**
 * A page of the site a menu entry links to, with the entry's label in both languages: what a portal
 * must have a page for, so that no menu link into the site is dead.
 *
 * <p>Example:
 * <pre>{@code
 * for (MenuPage page : MenuResolver.pages(site, LocalDate.now(RenderContext.VIETNAM))) {
 *     portal.ensurePage(page.path(), page.label(), page.labelEn());   // "/gioi-thieu", "Giới thiệu", "About"
 * }
 * }</pre>
 */
public record MenuPage(String path, String label, String labelEn) {
}
