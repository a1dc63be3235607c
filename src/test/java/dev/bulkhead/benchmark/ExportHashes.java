package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportFile;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.ExportTarget;
import dev.bulkhead.export.LayoutChoice;
import dev.bulkhead.export.PolicyFlavour;
import dev.bulkhead.export.TenantsMode;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Proof that a speed change left the exports byte-identical: hashes every file and every note of every bundle of
 * the export benchmark's 1,000-tenant model (Terraform: option × layout × tenants × policy flavour × vCluster
 * edition; Kubernetes: option × policy flavour × edition), one line per bundle. Run it before and after a change
 * and compare the two outputs with {@code diff}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.bulkhead.benchmark.ExportHashes before.txt
 * </pre>
 * ({@code target/cp.txt} from {@code mvn dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test}.)
 */
public final class ExportHashes {
    private ExportHashes() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Analysis analysis = new Analyzer(ReferenceData.bundled())
                .analyze(GeneratedModels.platform(3, 2, tenants, 5 * tenants, tenants, 7));
        List<String> lines = new ArrayList<>();
        for (ExportChoice choice : ExportChoice.values()) {
            for (PolicyFlavour policies : PolicyFlavour.values()) {
                for (VClusterEdition edition : VClusterEdition.values()) {
                    ExportSettings base = ExportSettings.of(choice).withPolicies(policies).withEdition(edition);
                    lines.add(line("k8s " + choice.cliName() + " " + policies + " " + edition, ExportTarget.K8S, analysis, base));
                    for (LayoutChoice layout : List.of(LayoutChoice.DIRECTORIES, LayoutChoice.WORKSPACES)) {
                        for (TenantsMode mode : TenantsMode.values()) {
                            lines.add(line("terraform " + choice.cliName() + " " + layout.cliName() + " " + mode + " " + policies
                                    + " " + edition, ExportTarget.TERRAFORM, analysis, base.withLayout(layout).withTenants(mode)));
                        }
                    }
                }
            }
        }
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
        System.out.println(lines.size() + " bundles hashed into " + args[0]);
    }

    /** The bundle's name, its file count and one hash over every path, file and note in order. */
    private static String line(String name, ExportTarget target, Analysis analysis, ExportSettings settings) throws Exception {
        ExportBundle bundle = target.exporter().export(analysis, settings, fraction -> { });
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, ExportFile> file : bundle.files().entrySet()) {
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.getValue().bytes());
            digest.update((byte) 0);
        }
        for (String note : bundle.notes()) {
            digest.update(note.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return name + " files=" + bundle.files().size() + " notes=" + bundle.notes().size() + " "
                + HexFormat.of().formatHex(digest.digest());
    }
}
