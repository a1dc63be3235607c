package dev.bulkhead.persistence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds the line and column of a JSON pointer in a document, so that errors found after parsing
 * (dangling references, bad values) still point at a line. Only runs when there is an error to report.
 */
final class JsonLocations {
    private JsonLocations() {
    }

    /**
     * The location of the value at {@code target}, or of its deepest existing ancestor; null when the
     * document cannot be read that far.
     */
    static JsonLocation locate(byte[] json, JsonPointer target) {
        JsonLocation best = null;
        int bestDepth = -1;
        try (JsonParser parser = ModelJson.MAPPER.getFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonPointer here = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                        ? parser.getParsingContext().getParent() == null ? JsonPointer.empty()
                        : parser.getParsingContext().getParent().pathAsPointer()
                        : parser.getParsingContext().pathAsPointer();
                if (isPrefix(here, target)) {
                    int depth = depth(here);
                    if (depth > bestDepth) {
                        best = parser.currentTokenLocation();
                        bestDepth = depth;
                    }
                    if (here.equals(target)) {
                        return best;
                    }
                }
            }
        } catch (IOException e) {
            // The document is broken further on; the best ancestor found so far will do.
        }
        return best;
    }

    private static boolean isPrefix(JsonPointer prefix, JsonPointer full) {
        JsonPointer p = prefix;
        JsonPointer f = full;
        while (!p.matches()) {
            if (f.matches() || !p.getMatchingProperty().equals(f.getMatchingProperty())) {
                return false;
            }
            p = p.tail();
            f = f.tail();
        }
        return true;
    }

    private static int depth(JsonPointer pointer) {
        int depth = 0;
        for (JsonPointer p = pointer; !p.matches(); p = p.tail()) {
            depth++;
        }
        return depth;
    }
}
