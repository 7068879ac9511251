package org.triangulate.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.util.BytesRef;
import org.triangulate.stories.Embedding;
import org.triangulate.stories.StoryFile;

/**
 * A story's state as bytes, kept in doc values beside the story's document: every article placed
 * reads the states of up to 50 candidate stories, and decoding numbers from JSON, or stored fields
 * compressed together with whole articles, would make that the bulk of the cost.
 */
final class StoryCodec {

  private static final long UNDATED = Long.MIN_VALUE;

  private StoryCodec() {}

  static BytesRef encode(StoryFile story) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + story.centroid().size() * 24);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(story.id());
      out.writeLong(story.sequence());
      out.writeDouble(story.normSquared());
      out.writeLong(story.first() == null ? UNDATED : story.first().toEpochMilli());
      out.writeLong(story.last() == null ? UNDATED : story.last().toEpochMilli());
      out.writeInt(story.articles());
      out.writeInt(story.copies());
      out.writeInt(story.outlets().size());
      for (String outlet : story.outlets()) {
        out.writeUTF(outlet);
      }
      out.writeBoolean(story.label() != null);
      if (story.label() != null) {
        out.writeUTF(story.label());
      }
      weights(out, story.centroid());
      weights(out, story.labelVector());
      out.writeInt(story.indexed().size());
      for (String term : story.indexed()) {
        out.writeUTF(term);
      }
      byte[] meaning = story.meaning() == null ? new byte[0] : story.meaning().bytes();
      out.writeInt(meaning.length);
      out.write(meaning);
    } catch (IOException e) {
      throw new UncheckedIOException("a story's state failed to encode", e);
    }
    return new BytesRef(bytes.toByteArray());
  }

  static StoryFile decode(BytesRef ref) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(ref.bytes, ref.offset, ref.length))) {
      String id = in.readUTF();
      long sequence = in.readLong();
      double normSquared = in.readDouble();
      Instant first = instant(in.readLong());
      Instant last = instant(in.readLong());
      int articles = in.readInt();
      int copies = in.readInt();
      List<String> outlets = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        outlets.add(in.readUTF());
      }
      String label = in.readBoolean() ? in.readUTF() : null;
      SortedMap<String, Double> centroid = weights(in);
      SortedMap<String, Double> labelVector = weights(in);
      TreeSet<String> indexed = new TreeSet<>();
      for (int n = in.readInt(); n > 0; n--) {
        indexed.add(in.readUTF());
      }
      byte[] meaning = new byte[in.readInt()];
      in.readFully(meaning);
      return new StoryFile(id, sequence, centroid, normSquared, first, last, articles, copies, outlets, label, labelVector, indexed,
          meaning.length == 0 ? null : Embedding.ofBytes(meaning));
    } catch (IOException e) {
      throw new UncheckedIOException("a story's state failed to decode", e);
    }
  }

  private static void weights(DataOutputStream out, Map<String, Double> weights) throws IOException {
    out.writeInt(weights.size());
    for (Map.Entry<String, Double> entry : weights.entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeDouble(entry.getValue());
    }
  }

  private static SortedMap<String, Double> weights(DataInputStream in) throws IOException {
    SortedMap<String, Double> weights = new TreeMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      weights.put(in.readUTF(), in.readDouble());
    }
    return weights;
  }

  private static Instant instant(long millis) {
    return millis == UNDATED ? null : Instant.ofEpochMilli(millis);
  }
}
