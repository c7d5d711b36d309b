-- SPDX-License-Identifier: GPL-3.0-or-later
-- Loads a private key with rspamd's own loader (the one its dkim_signing module uses for RSA keys) and
-- prints the base64 RSA signature of the SHA-256 of a file, for the interop tests:
--   rspamadm lua -b -a KEY.pem -a DATA tests/support/rspamd_sign.lua
-- rspamd's sign_memory() signs a digest it is given, as DKIM signing does with the header hash.
local rsa_privkey = require "rspamd_rsa_privkey"
local rsa = require "rspamd_rsa"
local hash = require "rspamd_cryptobox_hash"

local key = rsa_privkey.load_file(arg[1])
if not key then
  io.stderr:write("rspamd could not load " .. arg[1] .. "\n")
  os.exit(1)
end
local f = assert(io.open(arg[2], "rb"))
local data = f:read("*a")
f:close()
print(rsa.sign_memory(key, hash.create_specific("sha256", data):bin()):base64())
