package dev.tristate.generator.write;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A sink for files emitted on several threads that stops writing at the first failure and reports it once every
 * thread is done. A parallel stream rethrows the first exception at once, while its other threads go on writing
 * after the caller has been told the run failed; here no thread throws, so the stream returns only when all are
 * done, and nothing is written after a failure.
 */
public final class FirstFailure<T> implements Consumer<T> {

    private final Consumer<T> sink;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    public FirstFailure(Consumer<T> sink) {
        this.sink = sink;
    }

    @Override
    public void accept(T item) {
        if (failure.get() != null) {
            return;
        }
        try {
            sink.accept(item);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    /** Throws the first failure, if there was one; call after the stream has returned. */
    public void rethrow() {
        RuntimeException first = failure.get();
        if (first != null) {
            throw first;
        }
    }
}
