package dev.congkit.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's calendar and vCard files, read by independent parsers (ical4j, ez-vcard), give back
 * every Vietnamese field of the sample unchanged, a content line of over 200 characters included.
 */
class DemoFilesTest extends DemoServer {

    private static final JsonNode SAMPLE = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("src/main/resources/site.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String body(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void leaderCalendarRoundTripsEveryEntry() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(body("/lich-lam-viec.ics")));
        assertTrue(!calendar.validate(true).hasErrors(), calendar.validate(true).getEntries().toString());
        List<String> summaries = calendar.<VEvent>getComponents("VEVENT").stream().map(e -> value(e, "SUMMARY")).toList();
        List<String> locations = calendar.<VEvent>getComponents("VEVENT").stream().map(e -> value(e, "LOCATION")).toList();
        List<String> expectedSummaries = new ArrayList<>();
        List<String> expectedLocations = new ArrayList<>();
        for (JsonNode week : SAMPLE.at("/leaderSchedule/weeks")) {
            for (JsonNode entry : week.get("entries")) {
                expectedSummaries.add(entry.get("content").asText());
                expectedLocations.add(entry.has("location") ? entry.get("location").asText() : null);
            }
        }
        assertEquals(expectedSummaries, summaries);
        assertEquals(expectedLocations, locations);
        assertTrue(summaries.stream().anyMatch(s -> s.length() >= 200), "the sample holds a content line of 200+ characters");
        List<VEvent> one = new CalendarBuilder().build(new StringReader(body("/lich-lam-viec.ics?lanh-dao=nguyen-thi-huong"))).getComponents("VEVENT");
        assertTrue(!one.isEmpty() && one.size() < summaries.size());
        assertTrue(body("/lich-lam-viec.ics").contains("STATUS:CANCELLED"));
        new CalendarBuilder().build(new StringReader(body("/lich-tiep-cong-dan.ics")));
    }

    @Test
    void directoryVCardsRoundTripEveryOfficial() throws Exception {
        List<VCard> cards = Ezvcard.parse(body("/danh-ba.vcf")).all();
        assertEquals(SAMPLE.get("officials").size() + 1, cards.size());
        for (int i = 0; i < SAMPLE.get("officials").size(); i++) {
            JsonNode official = SAMPLE.get("officials").get(i);
            VCard card = cards.get(i + 1);
            assertEquals(official.get("fullName").asText(), card.getFormattedName().getValue());
            assertEquals(official.get("position").asText(), card.getTitles().get(0).getValue());
            assertEquals(official.get("positionEn").asText(), card.getTitles().get(1).getValue());
            assertEquals(official.get("unit").asText(), card.getOrganization().getValues().get(1));
            assertEquals(official.get("email").asText(), card.getEmails().get(0).getValue());
            if (official.has("duties")) {
                assertEquals(official.get("duties").asText(), card.getNotes().get(0).getValue());
            }
        }
        VCard one = Ezvcard.parse(body("/danh-ba/nguyen-thi-huong.vcf")).first();
        assertEquals("Nguyễn Thị Hường", one.getFormattedName().getValue());
    }

    @Test
    void schedulePagesAndHomeShowTheCurrentWeek() throws Exception {
        assertTrue(body("/").contains("class=\"ck-schedule\""), "the current week's schedule is on the home page");
        assertTrue(body("/lich-lam-viec").contains("ck-schedule__day--today") || LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getDayOfWeek().getValue() >= 6);
        assertTrue(body("/lich-tiep-cong-dan").contains("class=\"ck-reception\""));
        assertTrue(body("/danh-ba").contains("class=\"ck-directory\""));
        assertTrue(body("/lich-lam-viec?lanh-dao=nguyen-thi-huong").contains("aria-current=\"true\">Nguyễn Thị Hường</a>"));
    }
}
