
use builtin;
use str;

set edit:completion:arg-completer[teliqon] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'teliqon'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'teliqon'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Sign in and out; see which token is in use'
            cand settings 'The whole Settings page at once'
            cand api 'API settings: the API URL and the access token'
            cand 2fa 'Two-factor authentication: email and TOTP'
            cand did 'DID numbers: notifications when a number goes to spam'
            cand balance 'Balance: low balance limit and top-up notifications'
            cand subscriptions 'Subscriptions: expiring and billing notifications'
            cand reports 'Spending reports: the email schedule and the reports themselves'
            cand billings 'Billings: the voice and additional deductions, as on the Billings page'
            cand completions 'Shell completion scripts (bash, zsh, fish, powershell, elvish)'
            cand man 'Manual pages'
            cand sandbox 'The local sandbox server that implements the API contract'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;auth'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Sign in with the API URL and access token from the portal''s API Settings'
            cand logout 'Remove the stored token of the profile'
            cand status 'Show the profile, API URL, token source, masked token and whether the API accepts it'
            cand token 'Print the token in use, raw, for scripts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;auth;login'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --with-token 'Read the token from stdin (first line) instead of prompting'
            cand --insecure-storage 'Keep the token in a 0600 file instead of the OS keyring (plain text on disk)'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;auth;logout'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;auth;status'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;auth;token'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;auth;help'= {
            cand login 'Sign in with the API URL and access token from the portal''s API Settings'
            cand logout 'Remove the stored token of the profile'
            cand status 'Show the profile, API URL, token source, masked token and whether the API accepts it'
            cand token 'Print the token in use, raw, for scripts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;auth;help;login'= {
        }
        &'teliqon;auth;help;logout'= {
        }
        &'teliqon;auth;help;status'= {
        }
        &'teliqon;auth;help;token'= {
        }
        &'teliqon;auth;help;help'= {
        }
        &'teliqon;settings'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show all six sections of the Settings page'
            cand export 'Print the current settings as a file that `settings apply` accepts'
            cand plan 'Show how the settings differ from a settings file, one line per setting'
            cand apply 'Make the settings match a settings file, then read them back and verify'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;settings;show'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;settings;export'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;settings;plan'= {
            cand -f 'The settings file (TOML, or JSON when named *.json); `-` reads stdin'
            cand --file 'The settings file (TOML, or JSON when named *.json); `-` reads stdin'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --detailed-exitcode 'Exit 3 when there is a difference, 0 when there is none (other codes are errors)'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;settings;apply'= {
            cand -f 'The settings file (TOML, or JSON when named *.json); `-` reads stdin'
            cand --file 'The settings file (TOML, or JSON when named *.json); `-` reads stdin'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand -y 'Apply without asking (needed when there is no terminal, e.g. in CI)'
            cand --yes 'Apply without asking (needed when there is no terminal, e.g. in CI)'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;settings;help'= {
            cand show 'Show all six sections of the Settings page'
            cand export 'Print the current settings as a file that `settings apply` accepts'
            cand plan 'Show how the settings differ from a settings file, one line per setting'
            cand apply 'Make the settings match a settings file, then read them back and verify'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;settings;help;show'= {
        }
        &'teliqon;settings;help;export'= {
        }
        &'teliqon;settings;help;plan'= {
        }
        &'teliqon;settings;help;apply'= {
        }
        &'teliqon;settings;help;help'= {
        }
        &'teliqon;api'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the API URL and the access token (masked)'
            cand url 'Print the API URL, raw, for scripts'
            cand token 'Print the access token, raw, for scripts'
            cand copy 'Copy the API URL or the token to the clipboard (OSC 52, works over SSH)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;api;show'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --reveal 'Print the token in full'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;api;url'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;api;token'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;api;copy'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;api;help'= {
            cand show 'Show the API URL and the access token (masked)'
            cand url 'Print the API URL, raw, for scripts'
            cand token 'Print the access token, raw, for scripts'
            cand copy 'Copy the API URL or the token to the clipboard (OSC 52, works over SSH)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;api;help;show'= {
        }
        &'teliqon;api;help;url'= {
        }
        &'teliqon;api;help;token'= {
        }
        &'teliqon;api;help;copy'= {
        }
        &'teliqon;api;help;help'= {
        }
        &'teliqon;2fa'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show whether email and TOTP two-factor authentication are on'
            cand email 'Turn email two-factor authentication on or off'
            cand totp 'TOTP with an authenticator app: enable, confirm, disable'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;2fa;show'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;2fa;email'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;2fa;totp'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enable 'Turn TOTP on: show a QR code and setup key, then confirm a code from the app'
            cand confirm 'Finish a pending enrolment (from `enable --show-secret`) with a code'
            cand disable 'Turn TOTP off (needs a current code from the app)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;2fa;totp;enable'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --show-secret 'Print the setup key and otpauth:// URI (even to a pipe) and leave the enrolment pending for `2fa totp confirm`'
            cand --no-qr 'Do not draw the QR code; show the setup key and the otpauth:// URI only'
            cand --qr-invert 'Draw the block-character QR code for light text on a dark background (colour QR codes need no inverting)'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;2fa;totp;confirm'= {
            cand --code 'The current 6-digit code for the pending enrolment (asked for when absent)'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;2fa;totp;disable'= {
            cand --code 'A current 6-digit code from the authenticator app (asked for when absent)'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;2fa;totp;help'= {
            cand enable 'Turn TOTP on: show a QR code and setup key, then confirm a code from the app'
            cand confirm 'Finish a pending enrolment (from `enable --show-secret`) with a code'
            cand disable 'Turn TOTP off (needs a current code from the app)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;2fa;totp;help;enable'= {
        }
        &'teliqon;2fa;totp;help;confirm'= {
        }
        &'teliqon;2fa;totp;help;disable'= {
        }
        &'teliqon;2fa;totp;help;help'= {
        }
        &'teliqon;2fa;help'= {
            cand show 'Show whether email and TOTP two-factor authentication are on'
            cand email 'Turn email two-factor authentication on or off'
            cand totp 'TOTP with an authenticator app: enable, confirm, disable'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;2fa;help;show'= {
        }
        &'teliqon;2fa;help;email'= {
        }
        &'teliqon;2fa;help;totp'= {
            cand enable 'Turn TOTP on: show a QR code and setup key, then confirm a code from the app'
            cand confirm 'Finish a pending enrolment (from `enable --show-secret`) with a code'
            cand disable 'Turn TOTP off (needs a current code from the app)'
        }
        &'teliqon;2fa;help;totp;enable'= {
        }
        &'teliqon;2fa;help;totp;confirm'= {
        }
        &'teliqon;2fa;help;totp;disable'= {
        }
        &'teliqon;2fa;help;help'= {
        }
        &'teliqon;did'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the channels of "DID number goes to spam"'
            cand set 'Turn the email or portal notification of an event on or off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;did;show'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;did;set'= {
            cand --email 'Email notifications for this event: on or off (also true/false, yes/no, 1/0)'
            cand --portal 'Portal notifications (the bell icon) for this event: on or off (also true/false, yes/no, 1/0)'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --dry-run 'Print what would change (before → after) and change nothing'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;did;help'= {
            cand show 'Show the channels of "DID number goes to spam"'
            cand set 'Turn the email or portal notification of an event on or off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;did;help;show'= {
        }
        &'teliqon;did;help;set'= {
        }
        &'teliqon;did;help;help'= {
        }
        &'teliqon;balance'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the low balance limit and the channels of its events'
            cand set 'Turn an event''s notifications on or off; set the low balance limit amount'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;balance;show'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;balance;set'= {
            cand --email 'Email notifications for this event: on or off (also true/false, yes/no, 1/0)'
            cand --portal 'Portal notifications (the bell icon) for this event: on or off (also true/false, yes/no, 1/0)'
            cand --amount 'low-limit only: notify when the voice balance falls below this amount (decimal, up to 2 decimals, 0 to 1000000, in the account''s currency)'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --dry-run 'Print what would change (before → after) and change nothing'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;balance;help'= {
            cand show 'Show the low balance limit and the channels of its events'
            cand set 'Turn an event''s notifications on or off; set the low balance limit amount'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;balance;help;show'= {
        }
        &'teliqon;balance;help;set'= {
        }
        &'teliqon;balance;help;help'= {
        }
        &'teliqon;subscriptions'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the channels of "Subscriptions expiring" and "Subscriptions billing"'
            cand set 'Turn the email or portal notification of an event on or off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;subscriptions;show'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;subscriptions;set'= {
            cand --email 'Email notifications for this event: on or off (also true/false, yes/no, 1/0)'
            cand --portal 'Portal notifications (the bell icon) for this event: on or off (also true/false, yes/no, 1/0)'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --dry-run 'Print what would change (before → after) and change nothing'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;subscriptions;help'= {
            cand show 'Show the channels of "Subscriptions expiring" and "Subscriptions billing"'
            cand set 'Turn the email or portal notification of an event on or off'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;subscriptions;help;show'= {
        }
        &'teliqon;subscriptions;help;set'= {
        }
        &'teliqon;subscriptions;help;help'= {
        }
        &'teliqon;reports'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show which spending report emails are on (daily, weekly, monthly)'
            cand set 'Turn the daily, weekly or monthly spending report email on or off (email only)'
            cand print 'Print the spending report of a period: the Additional balance and Voice balance tables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;reports;show'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;reports;set'= {
            cand --daily 'Daily spending report email: on or off (also true/false, yes/no, 1/0)'
            cand --weekly 'Weekly spending report email: on or off (also true/false, yes/no, 1/0)'
            cand --monthly 'Monthly spending report email: on or off (also true/false, yes/no, 1/0)'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --dry-run 'Print what would change (before → after) and change nothing'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;reports;print'= {
            cand --period 'The report of the last complete day, ISO week (Monday to Sunday) or calendar month'
            cand --date 'With --period: report the day, week or month holding DATE instead (YYYY-MM-DD; also YYYY-Www for a week, YYYY-MM for a month)'
            cand --from 'First day of the range, included (YYYY-MM-DD)'
            cand --to 'Last day of the range, included (YYYY-MM-DD)'
            cand --group-by 'Split the rows of both tables per day'
            cand --table 'Print only one of the two tables (for -o csv: one table per file)'
            cand --time-zone 'Time zone of the dates, an IANA name [default: the profile''s time_zone, else the local zone]'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --force 'Allow a --from/--to range longer than 366 days'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;reports;help'= {
            cand show 'Show which spending report emails are on (daily, weekly, monthly)'
            cand set 'Turn the daily, weekly or monthly spending report email on or off (email only)'
            cand print 'Print the spending report of a period: the Additional balance and Voice balance tables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;reports;help;show'= {
        }
        &'teliqon;reports;help;set'= {
        }
        &'teliqon;reports;help;print'= {
        }
        &'teliqon;reports;help;help'= {
        }
        &'teliqon;billings'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List voice or additional billings, newest first, with the Billings page''s filters'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;billings;list'= {
            cand --kind 'Which list'
            cand --from 'First day, included (YYYY-MM-DD)'
            cand --to 'Last day, included (YYYY-MM-DD)'
            cand --search 'Only rows whose comment contains TEXT (at least 2 characters, any case)'
            cand --min-net 'Only rows with a net amount of at least AMOUNT (e.g. 0.50)'
            cand --max-net 'Only rows with a net amount of at most AMOUNT'
            cand --min-total 'Only rows with a total (tax included) of at least AMOUNT'
            cand --max-total 'Only rows with a total (tax included) of at most AMOUNT'
            cand --limit 'Print at most N rows, 1 to 1,000,000 [default: 100] (--all for every row)'
            cand --time-zone 'Time zone of the dates, an IANA name [default: the profile''s time_zone, else the local zone]'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --all 'Print every matching row'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;billings;help'= {
            cand list 'List voice or additional billings, newest first, with the Billings page''s filters'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;billings;help;list'= {
        }
        &'teliqon;billings;help;help'= {
        }
        &'teliqon;completions'= {
            cand --out-dir 'Write the scripts of all five shells into this directory instead'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --list-profiles 'Print the profile names of the local config, one per line (used by the scripts)'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;man'= {
            cand --out-dir 'Write every page (teliqon.1, teliqon-auth.1, teliqon-auth-login.1, …) into this directory'
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;sandbox'= {
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the sandbox in the foreground until Ctrl-C'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;sandbox;serve'= {
            cand --addr 'Address to listen on (loopback by default; port 0 picks a free port)'
            cand --state 'State file [default: <data dir>/teliqon/sandbox.json]'
            cand --billings 'Seed this many billing rows, voice and additional together (replaces the stored count)'
            cand --anchor 'Anchor (end) of the 90 days of generated billings, RFC 3339, stored in the state (reproducible tests) [default: follows the start of the current UTC day]'
            cand --fault 'Test-only fault, repeatable (grammar in the `sandbox::faults` docs); env specs are separated by '';'''
            cand --profile 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --api-url 'API base URL, overriding the profile''s [env: TELIQON_API_URL]'
            cand --connect-timeout 'Seconds to establish a connection [default: 10]'
            cand --timeout 'Seconds for a whole request before giving up [default: 30]'
            cand --max-retries 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]'
            cand --ca-file 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]'
            cand --sandbox 'Start the embedded sandbox and run the command against it (no account needed)'
            cand --no-input 'Never prompt; fail and name the flag to pass instead'
            cand -q 'Print no notes on stderr (errors and warnings still show)'
            cand --quiet 'Print no notes on stderr (errors and warnings still show)'
            cand -v 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --verbose 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
            cand --allow-insecure-http 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'teliqon;sandbox;help'= {
            cand serve 'Serve the sandbox in the foreground until Ctrl-C'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;sandbox;help;serve'= {
        }
        &'teliqon;sandbox;help;help'= {
        }
        &'teliqon;help'= {
            cand auth 'Sign in and out; see which token is in use'
            cand settings 'The whole Settings page at once'
            cand api 'API settings: the API URL and the access token'
            cand 2fa 'Two-factor authentication: email and TOTP'
            cand did 'DID numbers: notifications when a number goes to spam'
            cand balance 'Balance: low balance limit and top-up notifications'
            cand subscriptions 'Subscriptions: expiring and billing notifications'
            cand reports 'Spending reports: the email schedule and the reports themselves'
            cand billings 'Billings: the voice and additional deductions, as on the Billings page'
            cand completions 'Shell completion scripts (bash, zsh, fish, powershell, elvish)'
            cand man 'Manual pages'
            cand sandbox 'The local sandbox server that implements the API contract'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'teliqon;help;auth'= {
            cand login 'Sign in with the API URL and access token from the portal''s API Settings'
            cand logout 'Remove the stored token of the profile'
            cand status 'Show the profile, API URL, token source, masked token and whether the API accepts it'
            cand token 'Print the token in use, raw, for scripts'
        }
        &'teliqon;help;auth;login'= {
        }
        &'teliqon;help;auth;logout'= {
        }
        &'teliqon;help;auth;status'= {
        }
        &'teliqon;help;auth;token'= {
        }
        &'teliqon;help;settings'= {
            cand show 'Show all six sections of the Settings page'
            cand export 'Print the current settings as a file that `settings apply` accepts'
            cand plan 'Show how the settings differ from a settings file, one line per setting'
            cand apply 'Make the settings match a settings file, then read them back and verify'
        }
        &'teliqon;help;settings;show'= {
        }
        &'teliqon;help;settings;export'= {
        }
        &'teliqon;help;settings;plan'= {
        }
        &'teliqon;help;settings;apply'= {
        }
        &'teliqon;help;api'= {
            cand show 'Show the API URL and the access token (masked)'
            cand url 'Print the API URL, raw, for scripts'
            cand token 'Print the access token, raw, for scripts'
            cand copy 'Copy the API URL or the token to the clipboard (OSC 52, works over SSH)'
        }
        &'teliqon;help;api;show'= {
        }
        &'teliqon;help;api;url'= {
        }
        &'teliqon;help;api;token'= {
        }
        &'teliqon;help;api;copy'= {
        }
        &'teliqon;help;2fa'= {
            cand show 'Show whether email and TOTP two-factor authentication are on'
            cand email 'Turn email two-factor authentication on or off'
            cand totp 'TOTP with an authenticator app: enable, confirm, disable'
        }
        &'teliqon;help;2fa;show'= {
        }
        &'teliqon;help;2fa;email'= {
        }
        &'teliqon;help;2fa;totp'= {
            cand enable 'Turn TOTP on: show a QR code and setup key, then confirm a code from the app'
            cand confirm 'Finish a pending enrolment (from `enable --show-secret`) with a code'
            cand disable 'Turn TOTP off (needs a current code from the app)'
        }
        &'teliqon;help;2fa;totp;enable'= {
        }
        &'teliqon;help;2fa;totp;confirm'= {
        }
        &'teliqon;help;2fa;totp;disable'= {
        }
        &'teliqon;help;did'= {
            cand show 'Show the channels of "DID number goes to spam"'
            cand set 'Turn the email or portal notification of an event on or off'
        }
        &'teliqon;help;did;show'= {
        }
        &'teliqon;help;did;set'= {
        }
        &'teliqon;help;balance'= {
            cand show 'Show the low balance limit and the channels of its events'
            cand set 'Turn an event''s notifications on or off; set the low balance limit amount'
        }
        &'teliqon;help;balance;show'= {
        }
        &'teliqon;help;balance;set'= {
        }
        &'teliqon;help;subscriptions'= {
            cand show 'Show the channels of "Subscriptions expiring" and "Subscriptions billing"'
            cand set 'Turn the email or portal notification of an event on or off'
        }
        &'teliqon;help;subscriptions;show'= {
        }
        &'teliqon;help;subscriptions;set'= {
        }
        &'teliqon;help;reports'= {
            cand show 'Show which spending report emails are on (daily, weekly, monthly)'
            cand set 'Turn the daily, weekly or monthly spending report email on or off (email only)'
            cand print 'Print the spending report of a period: the Additional balance and Voice balance tables'
        }
        &'teliqon;help;reports;show'= {
        }
        &'teliqon;help;reports;set'= {
        }
        &'teliqon;help;reports;print'= {
        }
        &'teliqon;help;billings'= {
            cand list 'List voice or additional billings, newest first, with the Billings page''s filters'
        }
        &'teliqon;help;billings;list'= {
        }
        &'teliqon;help;completions'= {
        }
        &'teliqon;help;man'= {
        }
        &'teliqon;help;sandbox'= {
            cand serve 'Serve the sandbox in the foreground until Ctrl-C'
        }
        &'teliqon;help;sandbox;serve'= {
        }
        &'teliqon;help;help'= {
        }
    ]
    $completions[$command]
}
