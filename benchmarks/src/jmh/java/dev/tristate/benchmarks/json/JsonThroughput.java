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
 * schema's payload with one model set. Returning the result lets JMH consume it.
 *
 * <p>The model set is a parameter, not a method per set, and its name sorts last: JMH runs the parameter space
 * with the last name varying fastest, so the three sets run one after the other for each schema and size, minutes
 * closer together than methods would run them on a machine whose load changes.
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

    /** An {@link Implementation} constant. */
    @Param({"TRISTATE", "OPENAPI_GENERATOR", "HAND_WRITTEN"})
    public String variant;

    private Codec codec;

    @Setup
    public void setUp() throws IOException {
        codec = Codec.of(Schema.named(schema), size, Implementation.valueOf(variant));
    }

    @Benchmark
    public Object read() throws IOException {
        return codec.read();
    }

    @Benchmark
    public byte[] write() throws IOException {
        return codec.write();
    }
}
