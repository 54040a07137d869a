/**
 * The main menu ({@code menu}, vertical, left column as in the directive's Phụ lục 2) and the top
 * menu ({@code top-menu}, horizontal), rendered from one menu model: a preset chosen by the site's
 * rule set, changed by the site's {@code menu} section.
 *
 * <p>Presets are data ({@code presets/ID.json}): {@code thanhhoa-camthuy-2023} gives the 11 main
 * entries and the top entries of the directive's Phụ lục 1, plus "Dịch vụ công trực tuyến", which
 * Thông tư 32/2017 requires; {@code vn-national} the entries the law names. "Văn bản của huyện" is
 * dropped from 01/07/2025 whatever the rule set; under {@code vn-nd224-2026} "Tổng quan" offers the
 * commune-profile pages of Nghị định 224/2026 Đ9.
 *
 * <p>Requirements: MENU-MAIN, MENU-TOP, MENU-TTHC, MENU-LAW, MENU-NO-DISTRICT, MENU-CAMPAIGN,
 * A11Y-SHORTCUTS (access keys 1 Trang chủ, 3 Sơ đồ trang), COMMUNE-PROFILE, MULTI-DEVICE.
 *
 * <p>Configuration ({@code site.json}, all optional):
 * <pre>{@code
 * "menu": {
 *   "proceduresUrlTemplate": "https://dichvucong.thanhhoa.gov.vn/tthc?donVi={code}",
 *   "overrides": {
 *     "tin-tuc": {"label": "Tin tức - Sự kiện", "order": 15},
 *     "du-lich-le-hoi": {"hidden": true},
 *     "thu-vien": {"add": [{"key": "thu-vien-sach", "label": "Thư viện sách", "url": "/thu-vien/sach"}]}
 *   },
 *   "main": [{"key": "bau-cu", "label": "Bầu cử", "url": "/bau-cu", "order": 65,
 *             "validFrom": "2026-11-01", "validUntil": "2026-12-31"}]
 * }
 * }</pre>
 * {@code {code}} is replaced by {@code agency.identifierCode}. An override must name an item of the
 * preset (a typo is an error when the file is loaded). {@code congkit check} warns when a law-required
 * entry is missing, a menu is deeper than 2 levels or has more than 12 top-level items, two sibling
 * items share a label, a campaign category has ended, or procedures are not linked by the code.
 *
 * <p>Accessibility: each menu is a {@code nav} with an {@code aria-label}; the current page's link
 * has {@code aria-current="page"} and its group is open; sub-menus are {@code details}/{@code summary}
 * (keyboard operable without JavaScript; the open state is shown by a sign, not colour alone);
 * focus is always visible; at 320 CSS px the top menu stacks and nothing overflows.
 */
package dev.congkit.widgets.menu;
