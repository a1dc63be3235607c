package dev.bulkhead.ui.find;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Find matches: an element's name, its kind ("tenant", "node pool") or a tag: a tenant's kind and owner
 * group, an agent's trust level and runtime, a node pool's labels and instance type. Names first, so that
 * typing a name finds that element before others that merely mention it.
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
            } else if (tags(element).stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(q))) {
                byKindOrTag.add(element);
            }
        }
        byName.addAll(byKindOrTag);
        return byName;
    }

    private static List<String> tags(Element element) {
        List<String> tags = new ArrayList<>(List.of(element.kind().label(), element.id().value()));
        if (element instanceof Tenant t) {
            tags.add(EnumNames.of(t.tenantKind()));
            tags.add(t.ownerGroup());
            tags.add(EnumNames.of(t.runtime()));
        } else if (element instanceof Agent a) {
            tags.add(EnumNames.of(a.trust()));
            tags.add(EnumNames.of(a.runtime()));
        } else if (element instanceof NodePool p) {
            tags.add(p.instanceType());
            p.labels().forEach((k, v) -> tags.add(k + "=" + v));
        }
        return tags;
    }
}
