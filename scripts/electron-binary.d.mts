export declare function findElectronBinary(): string | null
