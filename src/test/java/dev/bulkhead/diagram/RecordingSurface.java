package dev.bulkhead.diagram;

import dev.bulkhead.diagram.fonts.InterMetrics;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A drawing surface that writes down every call made on it (method and arguments, coordinates to a hundredth),
 * measuring text with Inter's metrics as the SVG surface does, so that two painters' drawings can be compared call
 * by call whatever surface they normally draw on.
 */
public final class RecordingSurface {
    /** One call: the method's name and its arguments. */
    public record Call(String method, Object[] args) {
        public double number(int index) {
            return ((Number) args[index]).doubleValue();
        }
    }

    private final List<String> calls = new ArrayList<>();
    private final List<Call> log = new ArrayList<>();
    private final DrawingSurface surface = (DrawingSurface) Proxy.newProxyInstance(DrawingSurface.class.getClassLoader(),
            new Class<?>[] {DrawingSurface.class}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return method.getName().equals("equals") ? proxy == args[0] : method.getName().equals("hashCode")
                            ? System.identityHashCode(proxy) : "RecordingSurface";
                }
                if (method.getName().equals("textWidth")) {
                    return InterMetrics.width((String) args[0], (DiagramFont) args[1]);
                }
                log.add(new Call(method.getName(), args == null ? new Object[0] : args.clone()));
                StringBuilder call = new StringBuilder(method.getName()).append('(');
                for (Object arg : args == null ? new Object[0] : args) {
                    call.append(text(arg)).append(", ");
                }
                calls.add(call.append(')').toString());
                return null;
            });

    public DrawingSurface surface() {
        return surface;
    }

    /** Every drawing call so far, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** Every drawing call so far with its arguments as passed. */
    public List<Call> log() {
        return List.copyOf(log);
    }

    private static String text(Object arg) {
        if (arg instanceof Double value) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        if (arg instanceof double[] values) {
            return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
        }
        return String.valueOf(arg);
    }
}
