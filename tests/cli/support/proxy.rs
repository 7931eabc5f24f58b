//! A minimal HTTP CONNECT proxy that records the targets it tunnels to.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

pub struct ConnectProxy {
    /// `http://127.0.0.1:PORT`
    pub url: String,
    /// Every `CONNECT host:port` seen.
    pub targets: Arc<Mutex<Vec<String>>>,
}

impl ConnectProxy {
    pub fn start() -> ConnectProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let targets = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&targets);
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let seen = Arc::clone(&seen);
                std::thread::spawn(move || {
                    let _ = tunnel(client, &seen);
                });
            }
        });
        ConnectProxy { url, targets }
    }

    pub fn targets(&self) -> Vec<String> {
        self.targets.lock().unwrap().clone()
    }
}

fn tunnel(client: TcpStream, seen: &Mutex<Vec<String>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(client.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (Some("CONNECT"), Some(target)) = (parts.next(), parts.next()) else {
        let mut client = client;
        client.write_all(b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n")?;
        return Ok(());
    };
    seen.lock().unwrap().push(target.to_owned());
    let upstream = TcpStream::connect(target)?;
    let mut client_writer = client.try_clone()?;
    client_writer.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")?;
    let mut upstream_reader = upstream.try_clone()?;
    let mut upstream_writer = upstream;
    let down = std::thread::spawn(move || std::io::copy(&mut upstream_reader, &mut client_writer));
    let mut client_rest = reader;
    let _ = std::io::copy(&mut client_rest, &mut upstream_writer);
    let _ = upstream_writer.shutdown(std::net::Shutdown::Write);
    let _ = down.join();
    Ok(())
}
