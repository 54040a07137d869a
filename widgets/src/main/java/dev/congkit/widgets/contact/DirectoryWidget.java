package dev.congkit.widgets.contact;

import dev.congkit.core.model.Official;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.core.text.TextMatch;
import dev.congkit.widgets.internal.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The directory ({@code directory}): "Danh bạ cơ quan chức năng" and "Hệ thống chính trị", the
 * officials grouped by organisation in the directive's order (Đảng ủy, HĐND, UBND, Ủy ban MTTQ,
 * then the mass organisations), one table per organisation.
 *
 * <p>Example:
 * <pre>{@code
 * String directory = renderer.render(DirectoryWidget.ID, RenderContext.of(site));
 * // one table per unit (Đảng ủy, HĐND, UBND, ...), each person with tel: and mailto: links and a vCard
 * }</pre>
 */
public final class DirectoryWidget implements Widget {

    public static final String ID = "directory";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("CONTACT-DIRECTORY", "CONTACT-OFFICIALS", "CONTACT-POLITICAL");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        Directory directory = context.site().section(Directory.SECTION).orElse(Directory.defaults());
        Map<String, List<Official>> byUnit = new LinkedHashMap<>();
        context.site().officialsOn(context.today()).forEach(o -> byUnit.computeIfAbsent(o.unit(), k -> new ArrayList<>()).add(o));
        List<String> units = ordered(new ArrayList<>(byUnit.keySet()), directory);
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            List<Official> members = byUnit.get(units.get(i));
            String unitName = ContactCardWidget.unitName(members.get(0), context, directory);
            groups.add(new Group("ck-directory-" + (i + 1), unitName,
                    members.stream().map(o -> PersonView.of(o, unitName, context, labels, directory)).toList()));
        }
        LocalDate updated = directory.updated() != null ? directory.updated() : context.site().updated();
        return new View(updated != null, updated == null ? "" : updated.toString(), updated == null ? "" : Dates.day(updated),
                !groups.isEmpty(), groups, directory.vcardPath().value() + ".vcf");
    }

    @Override
    public Object jsonLd(RenderContext context, Object model) {
        List<Official> inOffice = context.site().officialsOn(context.today());
        if (inOffice.isEmpty()) {
            return null;
        }
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("@context", "https://schema.org");
        List<Object> people = new ArrayList<>();
        for (Official official : inOffice) {
            Map<String, Object> person = ContactCardWidget.person(official, context);
            person.remove("@context");
            people.add(person);
        }
        graph.put("@graph", people);
        return graph;
    }

    /** Configured units first, in their order; then Đảng ủy, HĐND, UBND, MTTQ, then the rest as they appear. */
    static List<String> ordered(List<String> units, Directory directory) {
        List<String> configured = directory.units().stream().map(DirectoryUnit::name).toList();
        units.sort(Comparator.comparingInt((String u) -> configured.contains(u) ? configured.indexOf(u) : configured.size())
                .thenComparingInt(DirectoryWidget::rank));
        return units;
    }

    static int rank(String unit) {
        String n = TextMatch.normalise(unit);
        if (n.startsWith("đảng ủy") || n.startsWith("đảng bộ") || n.startsWith("đu ")) {
            return 0;
        }
        if (n.startsWith("hđnd") || n.startsWith("hội đồng nhân dân")) {
            return 1;
        }
        if (n.startsWith("ubnd") || n.startsWith("ủy ban nhân dân")) {
            return 2;
        }
        return n.contains("mttq") || n.contains("mặt trận tổ quốc") ? 3 : 4;
    }

    /**
     * What the directory template reads.
     *
     * <p>Example:
     * <pre>{@code
     * {{#hasUpdated}}<p>{{msg.contact.updated}} <time datetime="{{updatedIso}}">{{updatedText}}</time></p>{{/hasUpdated}}
     * {{#groups}} ... {{/groups}}<a href="{{vcardAll}}">{{msg.contact.vcardAll}}</a>
     * }</pre>
     */
    public record View(boolean hasUpdated, String updatedIso, String updatedText, boolean hasGroups, List<Group> groups, String vcardAll) {
    }

    /**
     * One organisation's table.
     *
     * <p>Example:
     * <pre>{@code
     * {{#groups}}<table aria-labelledby="{{captionId}}"><caption id="{{captionId}}">{{unit}}</caption>
     * {{#people}}<tr><th scope="row">{{name}}</th><td>{{position}}</td></tr>{{/people}}</table>{{/groups}}
     * }</pre>
     */
    public record Group(String captionId, String unit, List<PersonView> people) {
    }
}
