package dev.congkit.widgets.site;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.config.SiteValidator;
import dev.congkit.core.model.Agency;
import dev.congkit.core.model.AgencyLevel;
import dev.congkit.core.model.Email;
import dev.congkit.core.model.ImageRef;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.ParentAgency;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import dev.congkit.widgets.banner.Banner;
import dev.congkit.widgets.banner.BannerSlot;
import dev.congkit.widgets.banner.Banners;
import dev.congkit.widgets.banner.FeedbackBanner;
import dev.congkit.widgets.contact.Directory;
import dev.congkit.widgets.footer.Footer;
import dev.congkit.widgets.footer.ResponsiblePerson;
import dev.congkit.widgets.header.Header;
import dev.congkit.widgets.menu.Menu;
import dev.congkit.widgets.schedule.LeaderSchedule;
import dev.congkit.widgets.schedule.ReceptionSchedule;
import dev.congkit.widgets.schedule.ReceptionSession;
import dev.congkit.core.html.SafeHtml;
import dev.congkit.widgets.document.Attachment;
import dev.congkit.widgets.gallery.Album;
import dev.congkit.widgets.maintenance.Maintenance;
import dev.congkit.widgets.maintenance.MaintenanceWindow;
import dev.congkit.widgets.gallery.Gallery;
import dev.congkit.widgets.gallery.Photo;
import dev.congkit.widgets.gallery.Video;
import dev.congkit.widgets.news.Article;
import dev.congkit.widgets.news.News;
import dev.congkit.widgets.news.NewsCategory;
import dev.congkit.widgets.document.DocumentType;
import dev.congkit.widgets.document.Documents;
import dev.congkit.widgets.document.OfficialDocument;
import dev.congkit.widgets.schedule.ScheduleEntry;
import dev.congkit.widgets.schedule.ScheduleWeek;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UPDATE-ON-CHANGE, CONTACT-OFFICIALS, SCHEDULE-LEADER: a whole site built in code with builders only, validated and rendered. */
class WholeSiteInCodeTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), RenderContext.VIETNAM);

    static SiteConfig site(String leader) {
        Agency agency = Agency.builder("Ủy ban nhân dân xã Mẫu Sơn", AgencyLevel.XA, "Thôn Trung Tâm, xã Mẫu Sơn, tỉnh Thanh Hóa",
                        PhoneNumber.of("0237 3 123 456"), Email.of("ubndmauson@thanhhoa.gov.vn"), WebLink.of("https://mauson.thanhhoa.gov.vn"))
                .shortName("UBND xã Mẫu Sơn").englishName("Mau Son Commune People's Committee")
                .parent(ParentAgency.builder("Ủy ban nhân dân tỉnh Thanh Hóa").englishName("Thanh Hoa Provincial People's Committee").build())
                .logo(ImageRef.builder(WebLink.of("/congkit/quoc-huy.svg")).alt("Quốc huy").build())
                .hours("Sáng 7h00–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu").build();
        Official thanh = Official.builder("nguyen-van-thanh", "Nguyễn Văn Thành", "Chủ tịch UBND xã", "UBND xã", PhoneNumber.of("0900000001"))
                .positionEn("Chairman of the Commune People's Committee").email(Email.of("nvthanh.mauson@thanhhoa.gov.vn")).build();
        Official huong = Official.builder("nguyen-thi-huong", "Nguyễn Thị Hường", "Phó Chủ tịch UBND xã", "UBND xã", PhoneNumber.of("0900000002"))
                .positionEn("Vice Chairwoman").activeUntil(LocalDate.of(2026, 11, 29)).build();
        Official binh = Official.builder("nguyen-van-binh", "Nguyễn Văn Bình", "Phó Chủ tịch UBND xã", "UBND xã", PhoneNumber.of("0900000003"))
                .positionEn("Vice Chairman").activeFrom(LocalDate.of(2026, 11, 30)).build();
        ScheduleEntry monday = ScheduleEntry.builder(LocalDate.of(2026, 11, 30), LocalTime.of(7, 30), "Giao ban đầu tuần")
                .end(LocalTime.of(9, 0)).leader(leader).location("Phòng họp số 1").build();
        ScheduleEntry lastWeek = ScheduleEntry.builder(LocalDate.of(2026, 11, 24), LocalTime.of(14, 0), "Tiếp công dân định kỳ")
                .leader("nguyen-thi-huong").build();
        return SiteConfig.builder(agency).ruleSet("thanhhoa-camthuy-2023").updated(LocalDate.of(2026, 11, 30))
                .official(thanh).official(huong).official(binh)
                .link("search", WebLink.of("https://mauson.thanhhoa.gov.vn/tim-kiem"))
                .section(Header.SECTION, Header.builder().searchParam("q").build())
                .section(Menu.SECTION, Menu.defaults())
                .section(Footer.SECTION, Footer.builder(ResponsiblePerson.builder("Nguyễn Văn Thành", "Chủ tịch UBND xã")
                        .positionEn("Chairman").build()).owner("Ủy ban nhân dân xã Mẫu Sơn").build())
                .section(Banners.SECTION, new Banners(List.of(Banner.builder("chuyen-doi-so",
                                ImageRef.builder(WebLink.of("/congkit/banners/chuyen-doi-so.jpg")).alt("Chuyển đổi số: xã Mẫu Sơn chung tay").build(),
                                BannerSlot.RIGHT).link(WebLink.of("https://mauson.thanhhoa.gov.vn/chuyen-doi-so")).permanent(true)
                        .width(300).height(150).build())))
                .section(FeedbackBanner.SECTION, FeedbackBanner.builder().preset("thanh-hoa").build())
                .section(Directory.SECTION, Directory.builder().updated(LocalDate.of(2026, 11, 30)).build())
                .section(LeaderSchedule.SECTION, LeaderSchedule.builder().weeks(List.of(
                        ScheduleWeek.builder("2026-W48").entries(List.of(lastWeek)).build(),
                        ScheduleWeek.builder("2026-W49").approvedBy("Chánh Văn phòng HĐND và UBND xã").entries(List.of(monday)).build())).build())
                .section(ReceptionSchedule.SECTION, ReceptionSchedule.builder("Phòng tiếp công dân, trụ sở UBND xã", "Thứ Năm hằng tuần")
                        .chairman("nguyen-van-thanh").sessions(List.of(ReceptionSession.builder(LocalDate.of(2026, 12, 3), LocalTime.of(7, 30),
                                LocalDate.of(2026, 11, 30)).official("nguyen-van-thanh").build())).build())
                .section(Documents.SECTION, Documents.builder().items(List.of(OfficialDocument.builder(DocumentType.QUYET_DINH, "05/QĐ-UBND",
                                LocalDate.of(2026, 11, 27), "UBND xã Mẫu Sơn").summary("Về việc ban hành Kế hoạch chuyển đổi số năm 2027")
                        .files(List.of(new Attachment("Quyết định 05/QĐ-UBND (bản ký số)", WebLink.of("/files/05-qd-ubnd.pdf"), 245_760L, null)))
                        .build())).build())
                .section(News.SECTION, News.builder().categories(List.of(NewsCategory.builder("tin-tuc-su-kien", "Tin tức sự kiện").build()))
                        .articles(List.of(Article.builder("Xã Mẫu Sơn triển khai chuyển đổi số", LocalDateTime.of(2026, 11, 27, 8, 0), "tin-tuc-su-kien",
                                SafeHtml.sanitize("<p>Sáng 27/11, UBND xã tổ chức hội nghị.</p>")).author("Hoàng Văn Nam").build())).build())
                .section(Gallery.SECTION, Gallery.builder().albums(List.of(Album.builder("Hội nghị chuyển đổi số", LocalDate.of(2026, 11, 27),
                                List.of(Photo.builder(WebLink.of("/media/hoi-nghi.jpg"), "Hội trường UBND xã", "Hội nghị chuyển đổi số.").build())).build()))
                        .videos(List.of(Video.builder("Phóng sự hội nghị", LocalDate.of(2026, 11, 27), WebLink.of("/media/hoi-nghi.mp4"),
                                WebLink.of("/media/hoi-nghi.jpg"), WebLink.of("/media/hoi-nghi.vtt")).build())).build())
                .section(Maintenance.SECTION, new Maintenance(List.of(MaintenanceWindow.builder(LocalDate.of(2026, 11, 20),
                        LocalDateTime.of(2026, 12, 12, 22, 0), LocalDateTime.of(2026, 12, 13, 6, 0)).reason("nâng cấp máy chủ")
                        .phone(PhoneNumber.of("0237 3 123 456")).build())))
                .build();
    }

    @Test
    void aWholeSiteBuiltInCodeValidatesAndRendersEveryWidget() throws Exception {
        SiteConfig site = SiteValidator.withRegisteredSections().validate("in code", site("nguyen-van-thanh"));
        RenderContext context = RenderContext.of(site).withClock(MONDAY).withPath("/");
        Map<String, Map<String, String>> params = Map.of(
                "figure", Map.of("src", "/congkit/banners/chuyen-doi-so.jpg", "alt", "Hội nghị chuyển đổi số", "caption", "Ảnh: UBND xã"),
                "contact-card", Map.of("official", "nguyen-van-binh"),
                "banners", Map.of("slot", "right"),
                "document", Map.of("van-ban", "05-qd-ubnd-2026"),
                "article", Map.of("bai", "xa-mau-son-trien-khai-chuyen-doi-so"));
        for (String widget : Fixture.RENDERER.widgetIds()) {
            String html = Fixture.RENDERER.render(widget, context.withParams(params.getOrDefault(widget, Map.of())));
            assertFalse(html.isBlank(), widget + " rendered nothing");
            HtmlSafety.assertSafe(widget, html);
        }
        String directory = Fixture.RENDERER.render("directory", context);
        assertTrue(directory.contains("Nguyễn Văn Bình") && !directory.contains("Nguyễn Thị Hường"), "the directory lists those in office");
        assertTrue(Fixture.RENDERER.render("leader-schedule", context.withParam("tuan", "2026-W48")).contains("Nguyễn Thị Hường"),
                "a past week still names the former vice-chair");
    }

    @Test
    void aMistakeInASiteBuiltInCodeReadsAsInTheFile() {
        ConfigException inCode = assertThrows(ConfigException.class,
                () -> SiteValidator.withRegisteredSections().validate("in code", site("tran-van-c")));
        String json = """
                {"agency": {"fullName": "Ủy ban nhân dân xã Mẫu Sơn", "level": "XA", "address": "Thôn Trung Tâm", "phone": "0237 3 123 456",
                            "email": "ubndmauson@thanhhoa.gov.vn", "baseUrl": "https://mauson.thanhhoa.gov.vn"},
                 "officials": [{"id": "nguyen-van-thanh", "fullName": "Nguyễn Văn Thành", "position": "Chủ tịch UBND xã", "unit": "UBND xã", "phone": "0900000001"},
                               {"id": "nguyen-thi-huong", "fullName": "Nguyễn Thị Hường", "position": "Phó Chủ tịch UBND xã", "unit": "UBND xã", "phone": "0900000002"},
                               {"id": "nguyen-van-binh", "fullName": "Nguyễn Văn Bình", "position": "Phó Chủ tịch UBND xã", "unit": "UBND xã", "phone": "0900000003"}],
                 "leaderSchedule": {"weeks": [{"week": "2026-W48", "entries": [{"date": "2026-11-24", "start": "14:00", "content": "Tiếp công dân", "leader": "nguyen-thi-huong"}]},
                                              {"week": "2026-W49", "entries": [{"date": "2026-11-30", "start": "07:30", "content": "Giao ban", "leader": "tran-van-c"}]}]}}
                """;
        ConfigException inFile = assertThrows(ConfigException.class,
                () -> SiteConfigLoader.withRegisteredSections().load("site.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(inFile.problems().stream().map(p -> p.path() + ": " + p.message()).toList(),
                inCode.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
        assertEquals(1, inCode.problems().size());
        assertTrue(inCode.getMessage().startsWith("in code: leaderSchedule.weeks[1].entries[0].leader: must be the id of one of the officials"), inCode.getMessage());
    }
}
