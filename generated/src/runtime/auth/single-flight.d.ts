export declare class SingleFlight<T> {
    #private;
    run(work: () => Promise<T>): Promise<T>;
}
