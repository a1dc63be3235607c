package dev.bulkhead.benchmark;

import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelWriter;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the model that installer/cli-benchmark.sh times the command line on: 3 environments x 2 clusters,
 * 300 tenants, 1,500 agents, 300 connections (the ratios of the export benchmark, at the size of issue 15).
 * Usage: {@code CliBenchmarkModel OUT.bulkhead.json}.
 */
public final class CliBenchmarkModel {
    private CliBenchmarkModel() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/cli-benchmark/tenants-300.bulkhead.json");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Model model = GeneratedModels.platform(3, 2, 300, 1_500, 300, 42);
        new ModelWriter().write(model, out);
        System.out.println("wrote " + out);
    }
}
