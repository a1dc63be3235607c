package dev.bulkhead.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SandboxRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which sandbox runtimes each provider lets a cluster run, how and on which node types, loaded from
 * {@code assets/sandbox-offerings.json}. Kept apart from the pricing profiles: a profile prices nodes, and
 * a model may price one provider's clusters with another's profile.
 */
public final class SandboxOfferings {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static volatile SandboxOfferings bundled;

    /** How a provider offers one runtime: the steps, the node types it needs (none: any), and the source. */
    public record Offer(String how, List<String> nodeTypes, String source) {
        public Offer {
            nodeTypes = List.copyOf(nodeTypes);
        }
    }

    /** A provider's runtimes, and one sentence on what it does not offer. */
    public record ProviderOffers(Map<SandboxRuntime, Offer> runtimes, String absent) {
        public ProviderOffers {
            runtimes = Map.copyOf(runtimes);
        }
    }

    private final Map<Provider, ProviderOffers> providers;

    /** Offerings from explicit parts. */
    public SandboxOfferings(Map<Provider, ProviderOffers> providers) {
        this.providers = Map.copyOf(providers);
    }

    /** The offerings bundled with this build; read once, then shared. */
    public static SandboxOfferings bundled() {
        SandboxOfferings offerings = bundled;
        if (offerings == null) {
            synchronized (SandboxOfferings.class) {
                offerings = bundled;
                if (offerings == null) {
                    offerings = load();
                    bundled = offerings;
                }
            }
        }
        return offerings;
    }

    /** How a provider offers a runtime, or empty when it does not (plain runc is offered everywhere). */
    public Optional<Offer> offer(Provider provider, SandboxRuntime runtime) {
        if (runtime == SandboxRuntime.RUNC) {
            return Optional.of(new Offer("the default runtime", List.of(), "Kubernetes"));
        }
        ProviderOffers offers = providers.get(provider);
        return offers == null ? Optional.empty() : Optional.ofNullable(offers.runtimes().get(runtime));
    }

    /** What a provider does not offer, in one sentence. */
    public String absent(Provider provider) {
        ProviderOffers offers = providers.get(provider);
        return offers == null ? provider.label() + " lists no sandbox runtime" : offers.absent();
    }

    private static SandboxOfferings load() {
        String path = "/assets/sandbox-offerings.json";
        try (InputStream in = SandboxOfferings.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled asset " + path + " is missing from the build");
            }
            OfferingsFile file = JSON.readValue(in, OfferingsFile.class);
            Map<Provider, ProviderOffers> providers = new EnumMap<>(Provider.class);
            file.providers().forEach((name, entry) -> {
                Map<SandboxRuntime, Offer> runtimes = new EnumMap<>(SandboxRuntime.class);
                entry.runtimes().forEach((runtime, offer) -> runtimes.put(EnumNames.parse(SandboxRuntime.class, runtime), offer));
                providers.put(EnumNames.parse(Provider.class, name), new ProviderOffers(runtimes, entry.absent()));
            });
            return new SandboxOfferings(providers);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled asset " + path + " is invalid: " + e.getMessage(), e);
        }
    }

    record OfferingsFile(String description, Map<String, ProviderFile> providers) {
    }

    record ProviderFile(Map<String, Offer> runtimes, String absent) {
    }
}
