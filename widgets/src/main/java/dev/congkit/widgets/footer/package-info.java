/**
 * The responsibility footer ({@code footer}): owning agency (cơ quan chủ quản), unit, address,
 * phone ({@code tel:}), fax, e-mail ({@code mailto:}), the person responsible for content with
 * title, optional licence, the reuse notice, and links to the sitemap and the contact page; plus
 * JSON-LD {@code GovernmentOrganization} data.
 *
 * <p>Requirements: FOOTER-RESPONSIBLE, CONTACT-AGENCY, CONTACT-ENGLISH, LANDMARKS.
 *
 * <p>Configuration ({@code site.json}):
 * <pre>{@code
 * "footer": {
 *   "owner": "Ủy ban nhân dân xã Mẫu Sơn",
 *   "responsiblePerson": {"fullName": "Nguyễn Văn Thành", "position": "Chủ tịch UBND xã",
 *                         "positionEn": "Chairman of the Commune People's Committee"},
 *   "licence": "Quyết định số 123/QĐ-UBND ngày 15/03/2024"
 * }
 * }</pre>
 * A section without {@code responsiblePerson} is refused when the file is loaded; a site with no
 * {@code footer} section fails {@code congkit check} (FOOTER-RESPONSIBLE).
 *
 * <p>Accessibility: a {@code footer} element (the page's contentinfo landmark when placed in
 * {@code body}); facts as a description list with visible labels; links with meaningful text; no
 * script other than the JSON-LD data block.
 */
package dev.congkit.widgets.footer;
