import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** A MongoDB-wire-compatible server in memory, on loopback, until the process is stopped. */
public final class MongoWireServer {
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 27018;
        MongoServer server = new MongoServer(new MemoryBackend().version(de.bwaldvogel.mongo.ServerVersion.MONGO_5_0));
        server.bind("127.0.0.1", port);
        System.out.println("mongo-wire-server listening on 127.0.0.1:" + port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        Thread.currentThread().join();
    }
}
