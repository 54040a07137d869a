package dev.congkit.core;

import dev.congkit.core.model.Agency;
import dev.congkit.core.model.AgencyLevel;
import dev.congkit.core.model.Email;
import dev.congkit.core.model.ImageRef;
import dev.congkit.core.model.ParentAgency;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Sample data shared by tests in every module (sample names, not real people). */
public final class TestSites {

    /** 10:00 on Monday 23/11/2026 in Vietnam. */
    public static final Clock MONDAY_23_11_2026 = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    private TestSites() {
    }

    public static Agency mauSon() {
        return new Agency("Ủy ban nhân dân xã Mẫu Sơn", "UBND xã Mẫu Sơn", "Mau Son Commune People's Committee",
                AgencyLevel.XA, new ParentAgency("Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hoa Provincial People's Committee", null),
                "16555", "H56.39.12", "Thôn Trung Tâm, xã Mẫu Sơn, tỉnh Thanh Hóa", PhoneNumber.of("0237 3 123 456"), null,
                Email.of("ubndmauson@thanhhoa.gov.vn"), null, WebLink.of("https://mauson.thanhhoa.gov.vn"),
                new ImageRef(WebLink.of("/congkit/quoc-huy.svg"), "Quốc huy", null), null);
    }

    public static SiteConfig minimal() {
        return SiteConfig.of(mauSon());
    }

    /** A minimal valid site.json, as text. */
    public static String minimalJson() {
        return """
                {
                  "agency": {
                    "fullName": "Ủy ban nhân dân xã Mẫu Sơn",
                    "level": "XA",
                    "address": "Thôn Trung Tâm, xã Mẫu Sơn, tỉnh Thanh Hóa",
                    "phone": "0237 3 123 456",
                    "email": "ubndmauson@thanhhoa.gov.vn",
                    "baseUrl": "https://mauson.thanhhoa.gov.vn"
                  }
                }
                """;
    }
}
