//! TEMPORARY placeholder with the agreed API; replaced by the real sandbox at merge.
use crate::error::Error;
use crate::secret::Secret;

#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    #[arg(long, default_value = "127.0.0.1:8787")]
    pub addr: std::net::SocketAddr,
}

pub struct Running {
    pub base_url: String,
    pub token: Secret,
}

impl Running {
    pub async fn shutdown(self) {}
}

pub async fn serve(_args: ServeArgs) -> Result<(), Error> {
    Err(Error::failure("not yet"))
}

pub async fn start(_args: ServeArgs) -> Result<Running, Error> {
    Err(Error::failure("not yet"))
}
