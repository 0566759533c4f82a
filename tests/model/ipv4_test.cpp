#include "net/ipv4.h"

#include <catch2/catch.hpp>

using spokewise::net::Ipv4Address;
using spokewise::net::Prefix;
using spokewise::net::PrefixError;

TEST_CASE("IPv4 addresses parse only in dotted-quad form", "[ipv4]")
{
    CHECK(Ipv4Address::parse("10.0.1.4")->value() == 0x0A000104u);
    CHECK(Ipv4Address::parse("255.255.255.255")->value() == 0xFFFFFFFFu);
    CHECK(Ipv4Address::parse("0.0.0.0")->toString() == "0.0.0.0");
    for (const char *bad : {"", "10.0.1", "10.0.1.4.5", "10.0.1.256", "10.0.01.4", "a.b.c.d", "10..1.4", "10.0.1.4 ",
                            "-1.0.0.0", "1.2.3.4/32"}) {
        INFO(bad);
        CHECK_FALSE(Ipv4Address::parse(bad).has_value());
    }
}

TEST_CASE("Prefixes refuse host bits and suggest the network that was meant", "[ipv4]")
{
    const auto ok = Prefix::parse("10.1.0.0/16");
    REQUIRE(ok.prefix);
    CHECK(ok.prefix->toString() == "10.1.0.0/16");

    const auto hostBits = Prefix::parse("10.1.0.1/16");
    CHECK_FALSE(hostBits.prefix);
    CHECK(hostBits.error == PrefixError::HostBitsSet);
    REQUIRE(hostBits.suggestion);
    CHECK(hostBits.suggestion->toString() == "10.1.0.0/16");

    CHECK(Prefix::parse("10.0.0.0/33").error == PrefixError::LengthRange);
    for (const char *bad : {"10.0.0.0", "10.0.0.0/", "10.0.0/8", "/8", "10.0.0.0/-1", "10.0.0.0/08", "x/8"}) {
        INFO(bad);
        const auto r = Prefix::parse(bad);
        CHECK_FALSE(r.prefix);
        CHECK(r.error == PrefixError::Syntax);
    }
}

TEST_CASE("Prefix containment and overlap follow the address arithmetic", "[ipv4]")
{
    const auto p = [](const char *text) { return *Prefix::parse(text).prefix; };
    CHECK(p("10.0.0.0/8").contains(p("10.1.0.0/16")));
    CHECK_FALSE(p("10.1.0.0/16").contains(p("10.0.0.0/8")));
    CHECK(p("10.1.0.0/16").overlaps(p("10.0.0.0/8")));
    CHECK_FALSE(p("10.1.0.0/16").overlaps(p("10.2.0.0/16")));
    CHECK(p("0.0.0.0/0").contains(*Ipv4Address::parse("203.0.113.9")));
    CHECK(p("0.0.0.0/0").size() == 4294967296ull);
    CHECK(p("192.168.0.0/24").last() == Ipv4Address::parse("192.168.0.255")->value());
    CHECK(p("10.0.0.5/32").contains(*Ipv4Address::parse("10.0.0.5")));
    CHECK_FALSE(p("10.0.0.5/32").contains(*Ipv4Address::parse("10.0.0.4")));
}
