package dev.congkit.widgets.maintenance;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Email;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.validation.Check;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One planned suspension of the portal (MAINTENANCE-NOTICE): when it was announced, when the
 * portal stops and when it is expected back, why, and how to reach the commune meanwhile.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "maintenance": { "windows": [ { "announced": "2026-12-01", "from": "2026-12-12T22:00",
 * //     "until": "2026-12-13T06:00", "reason": "nâng cấp máy chủ", "phone": "0237 3 123 456" } ] }
 * window.shownAt(LocalDateTime.of(2026, 12, 5, 9, 0));   // true: announced, not yet over
 * }</pre>
 */
@Doc(value = "A planned suspension of the portal.", vi = "Một đợt tạm ngừng hoạt động của cổng có kế hoạch.")
public record MaintenanceWindow(
        @Required @Doc(value = "The day the notice was first published on the portal.", vi = "Ngày thông báo được đăng lần đầu trên cổng.") LocalDate announced,
        @Required @Doc(value = "When the portal stops, Vietnam time.", vi = "Thời điểm cổng ngừng hoạt động, giờ Việt Nam.") LocalDateTime from,
        @Required @Doc(value = "When the portal is expected back (thời gian dự kiến khôi phục), Vietnam time.", vi = "Thời gian dự kiến khôi phục, giờ Việt Nam.") LocalDateTime until,
        @Doc(value = "Why, completing \"to …\", e.g. \"nâng cấp máy chủ\".", vi = "Lý do, nối sau \"để …\", ví dụ \"nâng cấp máy chủ\".") String reason,
        @Doc(value = "Why, in English.", vi = "Lý do bằng tiếng Anh.") String reasonEn,
        @Doc(value = "A telephone to call meanwhile; a phone, an e-mail or a link is required.", vi = "Số điện thoại liên hệ trong thời gian này; cần một số điện thoại, một thư điện tử hoặc một liên kết.") PhoneNumber phone,
        @Doc(value = "An e-mail address to write to meanwhile.", vi = "Địa chỉ thư điện tử liên hệ trong thời gian này.") Email email,
        @Doc(value = "Another place with the same services meanwhile, e.g. the province's public service portal.", vi = "Nơi khác có cùng dịch vụ trong thời gian này, ví dụ Cổng dịch vụ công của tỉnh.") WebLink link) {

    public MaintenanceWindow {
        var check = new Check();
        check.required("announced", announced);
        check.required("from", from);
        check.required("until", until);
        reason = check.text("reason", reason);
        reasonEn = check.text("reasonEn", reasonEn);
        check.that("link", link, l -> l.isWeb() || l.isSiteRelative(), Bilingual.of("một liên kết https, http hoặc trong trang", "an https, http or site-relative link"));
        if (from != null && until != null && !until.isAfter(from)) {
            check.fail("until", Check.after("from", from, until));
        }
        if (announced != null && from != null && announced.isAfter(from.toLocalDate())) {
            check.fail("announced", Bilingual.of("không được sau ngày bắt đầu tạm ngừng (" + from.toLocalDate() + "), nhưng đang là " + announced, "must not be after the suspension starts on " + from.toLocalDate() + ", but was " + announced));
        }
        if (phone == null && email == null && link == null) {
            check.fail("phone", Bilingual.of("không được để trống khi không có thư điện tử hay liên kết: hãy cho người dân biết cách liên hệ xã khi cổng tạm ngừng", "is required when there is no email or link: tell people how to reach the commune while the portal is down"));
        }
        check.done();
    }

    /** Shown from the day it was announced until the portal is expected back. */
    public boolean shownAt(LocalDateTime now) {
        return !now.toLocalDate().isBefore(announced) && now.isBefore(until);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(LocalDate announced, LocalDateTime from, LocalDateTime until) {
        return new Builder(announced, from, until);
    }

    /**
     * Builds a {@link MaintenanceWindow} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * MaintenanceWindow.builder(announced, from, until).reason(…).reasonEn(…).phone(…).build()
     * }</pre>
     */
    public static final class Builder {
        private LocalDate announced;
        private LocalDateTime from;
        private LocalDateTime until;
        private String reason;
        private String reasonEn;
        private PhoneNumber phone;
        private Email email;
        private WebLink link;

        private Builder(LocalDate announced, LocalDateTime from, LocalDateTime until) {
            this.announced = announced;
            this.from = from;
            this.until = until;
        }

        /** Why, completing "to …", e.g. "nâng cấp máy chủ". */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** Why, in English. */
        public Builder reasonEn(String reasonEn) {
            this.reasonEn = reasonEn;
            return this;
        }

        /** A telephone to call meanwhile; a phone, an e-mail or a link is required. */
        public Builder phone(PhoneNumber phone) {
            this.phone = phone;
            return this;
        }

        /** An e-mail address to write to meanwhile. */
        public Builder email(Email email) {
            this.email = email;
            return this;
        }

        /** Another place with the same services meanwhile, e.g. the province's public service portal. */
        public Builder link(WebLink link) {
            this.link = link;
            return this;
        }

        /** The MaintenanceWindow; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public MaintenanceWindow build() {
            return new MaintenanceWindow(announced, from, until, reason, reasonEn, phone, email, link);
        }
    }
}
