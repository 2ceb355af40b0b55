// Stand-in for Neo4j 3.1.1's org.neo4j.bolt.v1.packstream.utf8.SunMiscUTF8Encoder, loaded first through
// -Xbootclasspath/a. The original reads String's internal char[] and fails with an AssertionError in its
// static initializer on Java 9+ (String is backed by byte[] there). UTF8Encoder.fastestAvailableEncoder()
// only catches Exception, so that Error kills every Bolt connection. This class has no such initializer:
// its constructor throws an Exception (wrapped by Constructor.newInstance), which makes Neo4j fall back to
// VanillaUTF8Encoder, a plain String.getBytes(UTF_8).
package org.neo4j.bolt.v1.packstream.utf8;

public class SunMiscUTF8Encoder {
    public SunMiscUTF8Encoder() {
        throw new UnsupportedOperationException(
            "SunMiscUTF8Encoder is disabled on this JVM; Neo4j falls back to VanillaUTF8Encoder");
    }
}
