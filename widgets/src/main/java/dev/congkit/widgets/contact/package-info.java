/**
 * Contact cards ({@code contact-card}: one official, by the {@code official} parameter, or the
 * agency itself) and the directory ({@code directory}: "Danh bạ cơ quan chức năng" and "Hệ thống
 * chính trị", officials grouped by organisation in the directive's order), with vCard 4.0 files
 * ({@link dev.congkit.widgets.contact.VCards}) and JSON-LD {@code Person}/{@code ContactPoint}.
 *
 * <p>Requirements: CONTACT-OFFICIALS, CONTACT-AGENCY, CONTACT-POLITICAL, CONTACT-DIRECTORY,
 * CONTACT-ENGLISH, CONTACT-GOV-EMAIL (core check), LEADER-PROFILE (duties and biography).
 *
 * <p>Configuration: the officials are the shared {@code officials} of {@code site.json}; the
 * optional {@code directory} section orders and names the organisations:
 * <pre>{@code
 * "directory": {
 *   "units": [{"name": "Đảng ủy xã", "nameEn": "Commune Party Committee"}, {"name": "UBND xã"}],
 *   "updated": "2026-11-23",
 *   "vcardPath": "/danh-ba"
 * }
 * }</pre>
 *
 * <p>Accessibility: one table per organisation with a caption, column headers with
 * {@code scope="col"} and the name as row header; wide tables scroll inside a focusable, labelled
 * region so that nothing overflows at 320 CSS px; photos have alt text; links say what they do.
 */
package dev.congkit.widgets.contact;
