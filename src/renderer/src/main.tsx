import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { composition } from './app/composition'
import { LockGate } from './app/LockGate'
import { NavigationProvider } from './app/navigation'
import { journalKeys } from './app/queries'
import { SlotsContext } from './app/slots'
import { createQueryClient } from './lib/queries'
import './styles/index.css'

const root = document.getElementById('root')
const queryClient = createQueryClient({ afterEveryWrite: [journalKeys.all] })
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SlotsContext value={composition}>
          <LockGate>
            <NavigationProvider>
              <App />
            </NavigationProvider>
          </LockGate>
        </SlotsContext>
      </QueryClientProvider>
    </StrictMode>,
  )
}
