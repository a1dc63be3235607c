package dev.bulkhead.ui.find;

import dev.bulkhead.diagram.DiagramPainter;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Find matches: an element's name, its kind ("tenant", "node pool") or a tag: a tenant's kind, option and owner
 * group, an agent's trust level and runtime, a node pool's labels and instance type. Names first, so that
 * typing a name finds that element before others that merely mention it.
 *
 * <p>Tags are matched in the words the canvas shows ("internal team", "vCluster", "LLM-generated code") as well as
 * the file's ("internal-team"), and only from the start of a word, so that "trusted" does not find the untrusted
 * agent nor the tenant that runs untrusted code.
 */
final class ElementSearch {
    private ElementSearch() {
    }

    static List<Element> find(Model model, String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Element> byName = new ArrayList<>();
        List<Element> byKindOrTag = new ArrayList<>();
        for (Element element : model.elements().values()) {
            if (element.name().toLowerCase(Locale.ROOT).contains(q)) {
                byName.add(element);
            } else if (tags(model, element).stream().anyMatch(tag -> startsAWord(tag.toLowerCase(Locale.ROOT), q))) {
                byKindOrTag.add(element);
            }
        }
        byName.addAll(byKindOrTag);
        return byName;
    }

    /** Whether {@code query} occurs in {@code text} where a word begins (at the start, or after a non-letter or digit). */
    static boolean startsAWord(String text, String query) {
        for (int at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tags(Model model, Element element) {
        List<String> tags = new ArrayList<>(List.of(element.kind().label(), element.id().value()));
        if (element instanceof Tenant t) {
            tags.add(EnumNames.of(t.tenantKind()));
            tags.add(t.tenantKind().label());
            tags.add(t.ownerGroup());
            tags.add(EnumNames.of(t.runtime()));
            // The option as the canvas's pill shows it: the tenant's own, else its environment's.
            TenancyOption option = DiagramPainter.effectiveOption(model, t);
            tags.add(option == null ? "undecided" : option.label());
        } else if (element instanceof Agent a) {
            tags.add(EnumNames.of(a.trust()));
            tags.add(a.trust().label());
            tags.add(DiagramPainter.trustCaption(a.trust()));
            tags.add(EnumNames.of(a.runtime()));
            tags.add(a.runtime().label());
        } else if (element instanceof NodePool p) {
            tags.add(p.instanceType());
            p.labels().forEach((k, v) -> tags.add(k + "=" + v));
        }
        return tags;
    }
}
