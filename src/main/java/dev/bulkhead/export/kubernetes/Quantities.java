package dev.bulkhead.export.kubernetes;

/** Kubernetes quantities as exports write them: whole millicores and mebibytes, never below a floor. */
final class Quantities {
    private Quantities() {
    }

    /** CPU in millicores, at least 10m. */
    static String millis(double cpu) {
        return Math.max(10, Math.round(cpu * 1000)) + "m";
    }

    /** Memory in mebibytes, at least 16Mi. */
    static String mebibytes(double gib) {
        return Math.max(16, Math.round(gib * 1024)) + "Mi";
    }
}
