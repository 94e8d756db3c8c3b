package doublezero.doublezerod.gre;

/// Where the payload of a decoded GRE packet sits in its buffer.
///
/// @param protocol the GRE protocol type (EtherType; 0x0800 = IPv4)
/// @param payloadOffset offset of the payload in the buffer
/// @param payloadLength payload length in bytes
public record GreFrame(int protocol, int payloadOffset, int payloadLength) {}
