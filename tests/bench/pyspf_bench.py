#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Evaluates SPF with pyspf (Debian's python3-spf) for each domain of a list, one after another as pyspf
does, with dnspython pointed at the given server. Prints JSON like bench_spf.
  pyspf_bench.py HOST PORT DOMAINS_FILE IP"""
import json
import sys
import time

import dns.resolver
import spf

host, port, path, ip = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
resolver = dns.resolver.Resolver(configure=False)
resolver.nameservers = [host]
resolver.port = port
resolver.cache = None
dns.resolver.default_resolver = resolver

domains = [line.strip() for line in open(path) if line.strip()]
results = {}
start = time.perf_counter()
for d in domains:
    result, _explanation = spf.check2(i=ip, s="postmaster@" + d, h="bench.example")
    results[result] = results.get(result, 0) + 1
seconds = time.perf_counter() - start
print(json.dumps({"evaluations": len(domains), "seconds": seconds, "results": results}))
