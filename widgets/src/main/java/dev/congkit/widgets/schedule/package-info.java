/**
 * The schedules: the leaders' weekly work schedule ({@code leader-schedule}, "Lịch làm việc của
 * lãnh đạo") and the citizen reception schedule ({@code reception-schedule}, "Lịch tiếp công
 * dân"), with iCalendar files ({@link dev.congkit.widgets.schedule.ICalendars}) that calendar
 * applications can subscribe to.
 *
 * <p>Requirements: SCHEDULE-LEADER, SCHEDULE-RECEPTION, FRESHNESS, UPDATE-ON-CHANGE.
 *
 * <p>Configuration ({@code site.json}):
 * <pre>{@code
 * "leaderSchedule": {"weeks": [{"week": "2026-W48", "updated": "2026-11-20T16:00",
 *   "note": "Lịch này thay thư mời họp", "approvedBy": "Chánh Văn phòng",
 *   "entries": [{"date": "2026-11-23", "start": "07:30", "end": "09:00", "content": "Giao ban",
 *                "leader": "nguyen-van-thanh", "location": "Phòng họp số 1"}]}]},
 * "receptionSchedule": {"place": "Phòng tiếp công dân", "regularHours": "Các ngày làm việc",
 *   "sessions": [{"date": "2026-11-26", "official": "nguyen-van-thanh", "start": "07:30",
 *                 "end": "11:00", "published": "2026-11-16"}]},
 * "workCalendar": {"holidays": ["2027-02-10", "2027-02-11"]}
 * }</pre>
 * Working days skip weekends and public holidays: the fixed-date ones and the lunar ones (Tết, Giỗ
 * Tổ Hùng Vương) are built in; the announced compensatory and swapped days come from {@code workCalendar}.
 *
 * <p>Accessibility: tables with column headers ({@code scope="col"}) and one row-group header per
 * day; every date in a {@code time} element; today is marked by text, not colour alone; changes
 * and cancellations are written out; week and leader choices are plain links (no JavaScript);
 * wide tables scroll inside a focusable, labelled region; a print stylesheet drops the navigation.
 */
package dev.congkit.widgets.schedule;
