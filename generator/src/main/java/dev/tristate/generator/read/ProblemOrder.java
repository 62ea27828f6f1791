package dev.tristate.generator.read;

import dev.tristate.generator.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Problems found by several checks, as one compiler-style list: each problem once, in the order of the files (the
 * root document first) and of lines and columns within each.
 */
final class ProblemOrder {

    private ProblemOrder() {}

    static List<Problem> sorted(List<SourceDocument> documents, List<Problem> problems) {
        Map<String, Integer> fileOrder = new HashMap<>();
        for (SourceDocument document : documents) {
            fileOrder.putIfAbsent(document.displayPath(), fileOrder.size());
        }
        List<Problem> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(Comparator.comparingInt((Problem p) -> fileOrder.getOrDefault(p.file(), Integer.MAX_VALUE))
                .thenComparing(Problem::file)
                .thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return unique;
    }
}
