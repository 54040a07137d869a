package dev.congkit.widgets.contact;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.Email;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vCard 4.0 checked by an independent parser (ez-vcard). CONTACT-OFFICIALS, CONTACT-AGENCY, CONTACT-ENGLISH. */
class VCardsTest {

    static final String LONG = "Phụ trách văn hóa - xã hội; giáo dục, y tế, chuyển đổi số; tiếp nhận, xử lý phản ánh, kiến nghị "
            + "của người dân về thủ tục hành chính, đất đai, xây dựng và môi trường trên địa bàn xã Mẫu Sơn, tỉnh Thanh Hóa \\ hết.";

    static SiteConfig site() {
        Official huong = new Official("nguyen-thi-huong", "Nguyễn Thị Hường", "Phó Chủ tịch UBND xã, phụ trách văn hóa; xã hội",
                "Vice Chairwoman", "UBND xã", null, PhoneNumber.of("0900 000 002"), Email.of("nthuong@mauson.thanhhoa.gov.vn"),
                WebLink.of("/anh/huong.jpg"), LONG, null, null, null, null, null);
        Official thanh = new Official("nguyen-van-thanh", "Nguyễn Văn Thành", "Chủ tịch UBND xã", null, "UBND xã", null,
                PhoneNumber.of("0237 3 000 001"), null, null, null, null, null, null, null, null);
        return new SiteConfig(null, java.time.LocalDate.of(2026, 11, 23), TestSites.mauSon(), List.of(huong, thanh), null, null, null);
    }

    @Test
    void everyVietnameseFieldRoundTrips() {
        assertTrue(LONG.length() >= 200);
        String text = VCards.official(site(), site().officials().get(0));
        VCard card = Ezvcard.parse(text).first();
        assertEquals(VCardVersion.V4_0, card.getVersion());
        assertEquals("Nguyễn Thị Hường", card.getFormattedName().getValue());
        assertEquals("Nguyễn", card.getStructuredName().getFamily());
        assertEquals("Hường", card.getStructuredName().getGiven());
        assertEquals(List.of("Thị"), card.getStructuredName().getAdditionalNames());
        assertEquals(List.of("Ủy ban nhân dân xã Mẫu Sơn", "UBND xã"), card.getOrganization().getValues());
        assertEquals("Phó Chủ tịch UBND xã, phụ trách văn hóa; xã hội", card.getTitles().get(0).getValue());
        assertEquals("vi", card.getTitles().get(0).getLanguage());
        assertEquals("Vice Chairwoman", card.getTitles().get(1).getValue());
        assertEquals("tel:+84900000002", card.getTelephoneNumbers().get(0).getUri().toString());
        assertEquals("nthuong@mauson.thanhhoa.gov.vn", card.getEmails().get(0).getValue());
        assertEquals(LONG, card.getNotes().get(0).getValue());
        assertEquals("https://mauson.thanhhoa.gov.vn/anh/huong.jpg", card.getPhotos().get(0).getUrl());
        assertTrue(Ezvcard.parse(text).all().size() == 1 && card.validate(VCardVersion.V4_0).isEmpty(), card.validate(VCardVersion.V4_0).toString());
    }

    @Test
    void linesAreFoldedCrlfAndUidsStable() {
        String text = VCards.directory(site(), java.time.LocalDate.of(2026, 11, 23));
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n"), "CRLF only");
        }
        List<VCard> cards = Ezvcard.parse(text).all();
        assertEquals(3, cards.size());
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", cards.get(0).getFormattedName().getValue());
        assertEquals("Thôn Trung Tâm, xã Mẫu Sơn, tỉnh Thanh Hóa", cards.get(0).getAddresses().get(0).getStreetAddress());
        assertEquals(cards.get(1).getUid().getValue(), Ezvcard.parse(VCards.official(site(), site().officials().get(0))).first().getUid().getValue());
        assertTrue(cards.get(1).getUid().getValue().startsWith("urn:uuid:"));
        for (VCard card : cards) {
            assertTrue(card.validate(VCardVersion.V4_0).isEmpty(), card.validate(VCardVersion.V4_0).toString());
        }
    }
}
