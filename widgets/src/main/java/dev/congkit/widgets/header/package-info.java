/**
 * The page header ({@code header}): a skip link to the main content, the national emblem or the
 * agency's logo (an image with alt text), the parent body ("Ủy ban nhân dân tỉnh Thanh Hóa") and
 * the agency's full Vietnamese name as text (never baked into an image), an optional English name,
 * and a search form that sends the query with GET to the portal's own search page.
 *
 * <p>Requirements: HEADER-NAME, LANDMARKS, SEARCH, A11Y-SHORTCUTS (access key 4 for search),
 * CONTACT-ENGLISH.
 *
 * <p>Configuration ({@code site.json}, all optional; the names come from {@code agency}):
 * <pre>{@code
 * "header": {"searchUrl": "/tim-kiem", "searchParam": "q", "mainContentId": "noi-dung"}
 * }</pre>
 *
 * <p>Accessibility: a {@code header} element (the banner landmark when placed in {@code body}); the
 * skip link is the first focusable element and becomes visible on focus; the search input has a
 * visible label and the form is a {@code search} landmark.
 */
package dev.congkit.widgets.header;
