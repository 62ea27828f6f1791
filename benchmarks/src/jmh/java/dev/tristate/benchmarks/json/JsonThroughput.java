package dev.tristate.benchmarks.json;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Read ({@code ObjectReader.readValue(bytes)}) and write ({@code ObjectWriter.writeValueAsBytes(obj)}) of one seed
 * schema's payload, with each model set. Returning the result lets JMH consume it. Methods are named
 * direction + implementation: {@link ThroughputReport} reads them back from the names.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonThroughput {

    @Param({"Connection", "PropertyConnectionAuth", "ConnectSessionTokenAuthLink"})
    public String schema;

    /** 1: the seed example as a single object; otherwise a list of that many elements. */
    @Param({"1", "1000"})
    public int size;

    private Codec tristate;
    private Codec openApiGenerator;
    private Codec handWritten;

    @Setup
    public void setUp() throws IOException {
        Schema s = Schema.named(schema);
        tristate = Codec.of(s, size, Implementation.TRISTATE);
        openApiGenerator = Codec.of(s, size, Implementation.OPENAPI_GENERATOR);
        handWritten = Codec.of(s, size, Implementation.HAND_WRITTEN);
    }

    @Benchmark
    public Object readTristate() throws IOException {
        return tristate.read();
    }

    @Benchmark
    public Object readOpenApiGenerator() throws IOException {
        return openApiGenerator.read();
    }

    @Benchmark
    public Object readHandWritten() throws IOException {
        return handWritten.read();
    }

    @Benchmark
    public byte[] writeTristate() throws IOException {
        return tristate.write();
    }

    @Benchmark
    public byte[] writeOpenApiGenerator() throws IOException {
        return openApiGenerator.write();
    }

    @Benchmark
    public byte[] writeHandWritten() throws IOException {
        return handWritten.write();
    }
}
