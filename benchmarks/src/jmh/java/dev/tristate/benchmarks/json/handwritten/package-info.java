/**
 * The floor of the JSON-throughput benchmark: what a careful developer writes by hand for the three seed schemas of
 * the canonical spec. Plain mutable POJOs, annotated fields, Java enums, primitives where a number is required, and
 * {@code JsonNullable} only where the spec says optional AND nullable (so that absent and null stay apart).
 * Date-times carry {@code @JsonFormat(shape = STRING)}, because the mapper is the plain one docs/contract.md
 * prescribes.
 */
package dev.tristate.benchmarks.json.handwritten;
