package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.triangulate.ingest.Failure;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.UnreadableDocumentException;

/**
 * Runs one piece of work over every document of the inputs on several threads, and hands the
 * results over in input order, so that output never depends on scheduling. A document that fails
 * is reported on standard error with its name and the reason, and the run goes on.
 */
final class DocumentRun<R> {

  /** A finished document: a result, or the reason there is none. */
  record Outcome<R>(String document, R result, Failure failure) {}

  private final Inputs inputs;
  private final int threads;
  private final Function<RawDocument, R> work;
  private final PrintWriter err;
  private final List<Failure> failures = new ArrayList<>();

  DocumentRun(Inputs inputs, int threads, Function<RawDocument, R> work, PrintWriter err) {
    this.inputs = inputs;
    this.threads = Math.max(1, threads);
    this.work = work;
    this.err = err;
  }

  /**
   * Hands each result to {@code sink}, in input order, and each outcome to {@code progress}.
   *
   * @return the documents that failed, in input order, each already reported on standard error
   */
  List<Failure> run(Consumer<R> sink, Consumer<Outcome<R>> progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "triangulate-worker");
      t.setDaemon(true);
      return t;
    });
    // Bounded, so that reading never runs far ahead of analysis on a large input.
    BlockingQueue<Future<Outcome<R>>> pending = new ArrayBlockingQueue<>(threads * 4);
    Future<Outcome<R>> endOfInput = CompletableFuture.completedFuture(null);
    Thread reader = new Thread(() -> {
      try {
        inputs.read(
            document -> put(pending, pool.submit(() -> process(document))),
            failure -> put(pending, CompletableFuture.completedFuture(new Outcome<>(failure.document(), null, failure))));
      } finally {
        put(pending, endOfInput);
      }
    }, "triangulate-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        Future<Outcome<R>> next = pending.take();
        if (next == endOfInput) {
          break;
        }
        Outcome<R> outcome = next.get();
        if (outcome.failure() != null) {
          failures.add(outcome.failure());
          err.println("triangulate: " + outcome.failure());
        } else {
          sink.accept(outcome.result());
        }
        progress.accept(outcome);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return List.copyOf(failures);
  }

  private Outcome<R> process(RawDocument document) {
    try {
      return new Outcome<>(document.id(), work.apply(document), null);
    } catch (UnreadableDocumentException e) {
      return new Outcome<>(document.id(), null, new Failure(document.id(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // Any other failure is a defect, but one document's defect must not end the run.
      return new Outcome<>(document.id(), null, new Failure(document.id(), "could not be analysed: " + e));
    }
  }

  private static <T> void put(BlockingQueue<T> queue, T item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
